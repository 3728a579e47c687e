// Facts come only from the cited pages: the same facts, hedges and sources as en.ts, in natural US clinical Spanish
// that addresses the reader as "usted". Terms follow docs/spanish-glossary.md (for example "hernia de disco",
// "inyección epidural de esteroides", "inyección facetaria", "cemento óseo"). Checked against the pages on `checkedOn`.
// Loaded on demand, so a page that only shows English never downloads it. The source URLs are copied from en.ts, not
// imported: the script-tag build must stay one self-contained file.
import type { ProcedureContent, Source } from './types.js';

const src = {
  fda: {
    title:
      'FDA: Comunicado sobre la seguridad de los medicamentos: advertencia de problemas neurológicos raros pero graves tras las inyecciones epidurales de corticosteroides (en inglés)',
    url: 'https://www.fda.gov/Drugs/DrugSafety/ucm394280.htm',
  },
  esiRisks: {
    title: 'Spine-health: Inyecciones epidurales de esteroides: riesgos y efectos secundarios (en inglés)',
    url: 'https://www.spine-health.com/treatment/injections/epidural-steroid-injections-risks-and-side-effects',
  },
  esiSuccess: {
    title: 'Spine-health: Tasas de éxito de la inyección epidural de esteroides para aliviar el dolor (en inglés)',
    url: 'https://www.spine-health.com/treatment/injections/epidural-steroid-injection-pain-relief-success-rates',
  },
  esiCedars: {
    title: 'Cedars-Sinai: Información sobre la inyección epidural de esteroides (en inglés)',
    url: 'https://www.cedars-sinai.org/programs/imaging-center/exams/interventional-neuroradiology/epidural-steroid-injection/information.html',
  },
  esiMedscape: {
    title: 'Medscape: ¿Cuándo no se debe hacer una inyección epidural de esteroides? (en inglés)',
    url: 'https://www.medscape.com/answers/325733-123799/what-are-the-contraindications-for-epidural-steroid-injections-esis',
  },
  esiHow: {
    title: 'Spine Center of Texas: Cómo se hacen las inyecciones epidurales de esteroides (en inglés)',
    url: 'https://spinecenteroftexas.com/how-epidural-steroid-injections-are-performed',
  },
  esiFaq: {
    title: 'Spine Center of Texas: Preguntas frecuentes sobre la inyección epidural de esteroides, parte 3 (en inglés)',
    url: 'https://spinecenteroftexas.com/epidural-steroid-injection-faqs-part-3',
  },
  facetGstt: {
    title: "Guy's and St Thomas' NHS Foundation Trust: Inyecciones facetarias para tratar el dolor (en inglés)",
    url: 'https://www.guysandstthomas.nhs.uk/health-information/facet-joint-injections-treating-pain',
  },
  facetResults: {
    title: 'Spine-health: Resultados de la inyección facetaria para aliviar el dolor (en inglés)',
    url: 'https://www.spine-health.com/treatment/injections/facet-joint-injection-pain-relief-results',
  },
  facetHey: {
    title: 'Hull University Teaching Hospitals NHS Trust: Inyección facetaria (en inglés)',
    url: 'https://www.hey.nhs.uk/patient-leaflet/facet-joint-injection/',
  },
  facetNbt: {
    title: 'North Bristol NHS Trust: Inyecciones facetarias (en inglés)',
    url: 'https://nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/facet-joint-injections',
  },
  mbbUci: {
    title: 'UCI Health: Bloqueos de la rama medial (en inglés)',
    url: 'https://ucihealth.org/medical-services/pain-wellness-center/medial-branch-blocks',
  },
  mbbRisks: {
    title: 'Spine-health: Riesgos y complicaciones de los bloqueos de la rama medial (en inglés)',
    url: 'https://www.spine-health.com/treatment/injections/risks-and-complications-medial-branch-blocks',
  },
  mbbResults: {
    title: 'Spine-health: Resultados del bloqueo de la rama medial (en inglés)',
    url: 'https://www.spine-health.com/treatment/injections/medial-branch-block-results',
  },
  rfCleveland: {
    title: 'Cleveland Clinic: Neurotomía por radiofrecuencia (en inglés)',
    url: 'https://my.clevelandclinic.org/health/treatments/21051-radiofrequency-neurotomy',
  },
  rfEssentials: {
    title: 'Cleveland Clinic Health Essentials: ¿Necesita alivio del dolor? Considere la ablación por radiofrecuencia (en inglés)',
    url: 'https://health.clevelandclinic.org/need-pain-relief-consider-radiofrequency-ablation/',
  },
  rfaCleveland: {
    title: 'Cleveland Clinic: Ablación por radiofrecuencia para tratar el dolor (en inglés)',
    url: 'https://my.clevelandclinic.org/health/treatments/17411-radiofrequency-ablation',
  },
  rfRisks: {
    title: 'Spine-health: Posibles complicaciones de la neurotomía por radiofrecuencia (en inglés)',
    url: 'https://www.spine-health.com/treatment/injections/potential-complications-radiofrequency-neurotomy',
  },
  mayoDiskectomy: {
    title: 'Mayo Clinic: Discectomía (en inglés)',
    url: 'https://www.mayoclinic.org/tests-procedures/diskectomy/basics/definition/prc-20013864',
  },
  mayoDiskectomyExpect: {
    title: 'Mayo Clinic: Discectomía, qué puede esperar (en inglés)',
    url: 'https://www.mayoclinic.org/tests-procedures/diskectomy/basics/what-you-can-expect/prc-20013864',
  },
  mayoMinute: {
    title: 'Mayo Clinic News Network: Mayo Clinic Minute: Cirugía de columna mínimamente invasiva (en inglés)',
    url: 'https://newsnetwork.mayoclinic.org/discussion/mayo-clinic-minute-minimally-invasive-spine-surgery/',
  },
  bswMicro: {
    title: 'Biblioteca de salud de Baylor Scott & White: Microdiscectomía (en inglés)',
    url: 'https://www.sw.org/HealthLibrary?page=Microdiskectomy',
  },
  upmc: {
    title: 'UPMC: Cifoplastia para tratar fracturas por compresión (en inglés)',
    url: 'https://www.upmc.com/services/spine/services/procedures/kyphoplasty',
  },
  upmcNeuro: {
    title: 'UPMC, Departamento de Neurocirugía: Cifoplastia para tratar fracturas por compresión (en inglés)',
    url: 'https://dam.upmc.com/services/neurosurgery/spine/treatment/minimally-invasive/procedures/kyphoplasty',
  },
  niceRisks: {
    title: 'NICE: Cifoplastia con balón para fracturas vertebrales por compresión (IPG166), información para el público: riesgos y posibles problemas (en inglés)',
    url: 'https://www.nice.org.uk/guidance/ipg166/ifp/chapter/Risks-and-possible-problems-with-the-procedure',
  },
  niceProcedure: {
    title: 'NICE: Cifoplastia con balón para fracturas vertebrales por compresión (IPG166): el procedimiento (en inglés)',
    url: 'https://www.nice.org.uk/guidance/ipg166/chapter/2-The-procedure',
  },
  kyphoRisks: {
    title: 'Spine-health: Riesgos y posibles complicaciones de la cifoplastia (en inglés)',
    url: 'https://www.spine-health.com/treatment/back-surgery/kyphoplasty-risks-and-potential-complications',
  },
  baycare: {
    title: 'Biblioteca de salud de BayCare: Instrucciones al salir del hospital después de una cifoplastia (en inglés)',
    url: 'https://baycare.org/health-library/discharge-instructions-for-kyphoplasty',
  },
  weill: {
    title: 'Weill Cornell Medicine, Center for Comprehensive Spine Care: Estimulación de la médula espinal (en inglés)',
    url: 'https://comprehensivespine.weillcornell.org/treatments/spinal-cord-stimulation',
  },
  statpearlsScs: {
    title: 'StatPearls: Implante de estimulador de la médula espinal (en inglés)',
    url: 'https://www.statpearls.com/point-of-care/29318',
  },
  asraScs: {
    title: 'ASRA Pain Medicine: Complicaciones del implante de estimuladores de la médula espinal (en inglés)',
    url: 'https://www.asra.com/news-publications/asra-newsletter/newsletter-item/asra-news/2019/08/07/complications-of-spinal-cord-stimulator-implantation',
  },
} satisfies Record<string, Source>;

export const content: ProcedureContent = {
  checkedOn: '2026-11-30',
  labels: {
    how: 'Cómo se hace',
    expect: 'Qué esperar',
    risks: 'Riesgos',
    sources: 'Fuentes',
    whoItMayHelp: 'A quién puede ayudar',
    tellYourDoctor: 'Antes, dígale a su médico',
    usedFor: 'Se usa para:',
    alsoCalled: 'También se llama:',
    kinds: { diagnostic: 'Busca la causa', treatment: 'Trata el dolor', both: 'Busca la causa y trata el dolor' },
    learnMore: 'Más información',
    about: 'sobre',
    disclaimer: 'Esta es información general, no un consejo médico. Pregunte a su médico qué es lo adecuado para usted.',
    reviewed: 'Revisado médicamente por {name} el {date}',
  },
  procedures: {
    'epidural-steroid-injection': {
      id: 'epidural-steroid-injection',
      name: 'Inyección epidural de esteroides',
      alternateName: 'ESI, por sus siglas en inglés',
      summary:
        'Una inyección de esteroide cerca de la médula espinal. Puede aliviar el dolor de cuello o de espalda, o el dolor que baja a un brazo o una pierna.',
      kind: 'treatment',
      procedureType: 'Percutaneous',
      bodyLocation: 'El espacio epidural, cerca de la médula espinal',
      conditions: ['Ciática: dolor que baja por la pierna', 'Hernia de disco', 'Estenosis espinal (estrechamiento de la columna)'],
      whoItMayHelp: [
        'Personas con dolor de cuello o de espalda, o con dolor que baja a un brazo o una pierna.',
        'Suele aliviar más el dolor de pierna que el dolor en la parte baja de la espalda.',
        'Puede no ser segura si usted tiene una infección o un problema de sangrado, o si es alérgico a los medicamentos que se usan.',
        'Hable con su médico sobre los beneficios y los riesgos, y sobre otros tratamientos.',
      ],
      how: [
        'El esteroide es un medicamento que baja la inflamación. El médico lo pone en el espacio epidural, que está cerca de la médula espinal.',
        'Primero se adormece la piel con anestesia local (un medicamento para adormecer).',
        'Con rayos X en vivo (fluoroscopia) y un líquido de contraste, el médico guía la aguja al lugar correcto.',
      ],
      expect: [
        'El procedimiento puede tardar de 15 a 30 minutos. Después, el personal puede observarlo de 15 a 20 minutos.',
        'Necesitará que alguien lo lleve a casa.',
        'En algunas personas, el dolor empeora durante unos días después de la inyección.',
        'El alivio suele ser temporal. Puede durar desde una semana hasta un año. Más de la mitad de las personas sienten algo de alivio.',
        'A algunas personas la inyección no les ayuda, o el alivio no dura.',
      ],
      risks: [
        'Dolor o molestia donde entró la aguja',
        'Dolor de cabeza que se quita en menos de un día',
        'Enrojecimiento de la cara por un rato',
        'Efectos del esteroide, como azúcar alta en la sangre',
        'Dolor de cabeza por una fuga de líquido de la columna. Por lo general mejora en unos días.',
        'Rara vez, infección, sangrado o daño a un nervio',
        'La FDA advierte que las inyecciones de esteroides en el espacio epidural pueden causar, rara vez, problemas graves: pérdida de la vista, derrame cerebral, parálisis (no poder moverse) y muerte.',
      ],
      tellYourDoctor: [
        'Si toma un anticoagulante (medicamento para que la sangre no se coagule) o tiene un problema de sangrado',
        'Si tiene diabetes. El esteroide puede subir el azúcar en la sangre.',
        'Si tiene una infección',
        'Si está embarazada o podría estarlo',
        'Si ha tenido una reacción a un medicamento o al líquido de contraste de los rayos X',
      ],
      sources: [src.fda, src.esiRisks, src.esiSuccess, src.esiCedars, src.esiMedscape, src.esiHow, src.esiFaq],
    },
    'facet-joint-injection': {
      id: 'facet-joint-injection',
      name: 'Inyección facetaria',
      alternateName: 'Inyección en la articulación facetaria',
      summary:
        'Una inyección de anestesia local y esteroide en una articulación facetaria, para ayudar a encontrar o tratar el origen del dolor.',
      kind: 'both',
      procedureType: 'Percutaneous',
      bodyLocation: 'Las articulaciones facetarias, pequeñas articulaciones en la parte de atrás de la columna',
      conditions: ['Dolor que puede venir de una articulación facetaria'],
      whoItMayHelp: [
        'Las articulaciones facetarias son pequeñas articulaciones que unen los huesos de la columna por detrás. El desgaste o una lesión pueden hacer que duelan.',
        'El dolor de estas articulaciones en la parte baja de la espalda a menudo se siente en los glúteos y la parte de arriba de las piernas. El de las articulaciones del cuello puede llegar a la cabeza, la parte alta de la espalda y los hombros.',
        'Usted y su médico deciden juntos. Pregunte también por otras opciones.',
      ],
      how: [
        'Primero se adormece la piel.',
        'Con imágenes de rayos X para guiar la aguja, el médico pone anestesia local y un esteroide dentro de la articulación. El esteroide es un medicamento que baja la inflamación.',
      ],
      expect: [
        'Puede servir como prueba: si la anestesia local le quita el dolor enseguida, es probable que esa articulación sea el origen.',
        'El alivio del esteroide puede empezar de 2 a 5 días después de la inyección.',
        'Si la inyección ayuda, se puede repetir hasta 3 veces al año. Si la primera no ayuda, por lo general no se repite.',
        'Busque atención médica si la zona de la inyección se pone caliente, roja o adolorida, o si se siente con fiebre y mal.',
      ],
      risks: [
        'Molestia leve o moretón donde entró la aguja. Suele pasar en unos días.',
        'Rara vez, la anestesia se extiende y las piernas se sienten adormecidas o débiles por un rato',
        'Rara vez, una infección que puede necesitar antibióticos',
        'Sangrado. Tomar un anticoagulante puede aumentar este riesgo.',
      ],
      tellYourDoctor: [
        'Si toma un anticoagulante, como aspirina, clopidogrel o warfarina. Puede ser necesario cambiarlo antes de la inyección.',
      ],
      sources: [src.facetGstt, src.facetResults, src.facetHey, src.facetNbt],
    },
    'medial-branch-block': {
      id: 'medial-branch-block',
      name: 'Bloqueo de la rama medial',
      alternateName: 'Bloqueo del nervio de la rama medial',
      summary:
        'Una prueba que adormece los pequeños nervios que llevan el dolor de las articulaciones facetarias. Puede ayudar a mostrar si esas articulaciones causan su dolor.',
      kind: 'diagnostic',
      procedureType: 'Percutaneous',
      bodyLocation: 'Los nervios de la rama medial de las articulaciones facetarias',
      conditions: ['Dolor que puede venir de las articulaciones facetarias'],
      whoItMayHelp: [
        'Personas con dolor de cuello o de espalda que puede venir de las articulaciones facetarias, las pequeñas articulaciones de la parte de atrás de la columna.',
        'Ayuda a su médico a decidir si un tratamiento más duradero puede servirle: la neurotomía por radiofrecuencia, que usa calor en estos nervios.',
      ],
      how: [
        'Las ramas mediales son nervios pequeños. Llevan el dolor de las articulaciones facetarias.',
        'Usted se acuesta boca abajo y permanece despierto. El personal vigila su presión arterial, su pulso y su respiración.',
        'El médico pone anestesia local cerca de estos nervios. Puede sentir una pequeña molestia por la aguja.',
      ],
      expect: [
        'El procedimiento tarda unos 30 minutos.',
        'Puede volver a sus actividades y comidas de siempre enseguida, a menos que su médico le diga lo contrario.',
        'Si funciona, el dolor se alivia solo por unas horas. Es lo normal en esta prueba.',
        'Su médico puede pedirle que anote su dolor durante las horas siguientes. Tome lo menos posible de analgésicos en las primeras 4 a 6 horas, para que el resultado sea claro.',
        'Si el bloqueo le ayuda mucho, el siguiente paso puede ser una neurotomía por radiofrecuencia, que usa calor para que estos nervios dejen de enviar dolor.',
      ],
      risks: [
        'Dolor leve donde entró la aguja, por unos días',
        'Adormecimiento, o debilidad en un brazo o una pierna, por unas horas',
        'Sangrado o moretones',
        'Sudor, mareo o pulso lento',
        'Rara vez, una infección, más dolor, o una reacción al medicamento o al líquido de contraste',
        'Rara vez, daño a un nervio o a la médula espinal, que puede causar debilidad duradera o parálisis',
      ],
      tellYourDoctor: [
        'Todos los medicamentos que toma',
        'Si ha tenido una reacción a un medicamento o al líquido de contraste de los rayos X',
      ],
      sources: [src.mbbUci, src.mbbRisks, src.mbbResults],
    },
    'radiofrequency-neurotomy': {
      id: 'radiofrequency-neurotomy',
      name: 'Neurotomía por radiofrecuencia',
      alternateName: 'Ablación por radiofrecuencia',
      summary: 'Un tratamiento que usa calor para que algunos nervios pequeños dejen de enviar señales de dolor desde la columna.',
      kind: 'treatment',
      procedureType: 'Percutaneous',
      bodyLocation: 'Los nervios de las articulaciones facetarias o de la articulación sacroilíaca',
      conditions: [
        'Dolor de las articulaciones facetarias',
        'Dolor de la articulación sacroilíaca, donde la columna se une a la pelvis',
        'Artritis de la columna',
      ],
      whoItMayHelp: [
        'Personas con dolor de cuello o de espalda que dura mucho tiempo y viene de las articulaciones facetarias o de la sacroilíaca.',
        'Puede ser una opción cuando otros tratamientos no han ayudado, como los analgésicos o la fisioterapia.',
        'A menudo se hace antes una prueba, el bloqueo de la rama medial, para comprobar si estos nervios llevan su dolor.',
      ],
      how: [
        'Le pueden dar un medicamento por la vena para relajarlo. Se adormece la piel.',
        'El médico guía una aguja delgada hasta el nervio con imágenes de rayos X.',
        'El calor de las ondas de radio daña el nervio, que deja de enviar señales de dolor. Los nervios sanos de al lado no se dañan.',
      ],
      expect: [
        'La mayoría de las personas se va a casa el mismo día.',
        'No maneje ni haga actividad intensa durante 24 horas. Al día siguiente puede hacer sus actividades normales.',
        'El alivio dura de 3 a 6 meses en promedio. En algunas personas dura hasta un año. Después, el dolor puede volver.',
      ],
      risks: [
        'Dolor, hinchazón o moretón donde entró la aguja',
        'Adormecimiento de la piel sobre la zona tratada',
        'Debilidad o adormecimiento de las piernas por un tiempo corto',
        'Un dolor que arde, como una quemadura de sol, por un tiempo. En pocas personas dura varias semanas.',
        'Con menos frecuencia, infección o sangrado donde entró la aguja',
        'Rara vez, dolor de nervio duradero o una reacción a los medicamentos',
      ],
      sources: [src.rfCleveland, src.rfEssentials, src.rfaCleveland, src.rfRisks, src.mbbUci],
    },
    discectomy: {
      id: 'discectomy',
      name: 'Discectomía',
      alternateName: 'Microdiscectomía',
      summary: 'Una cirugía para quitar la parte de una hernia de disco que presiona un nervio.',
      kind: 'treatment',
      procedureType: 'Surgical',
      bodyLocation: 'Un disco de la columna',
      conditions: ['Hernia de disco que presiona un nervio'],
      whoItMayHelp: [
        'Personas con una hernia de disco que presiona un nervio. Un disco que solo está abultado, por lo general, no necesita cirugía.',
        'Ayuda más con el dolor, el adormecimiento o la debilidad que bajan a un brazo o una pierna. Ayuda menos con el dolor de espalda o de cuello.',
        'Puede ser una opción si otros tratamientos, como los analgésicos o la fisioterapia, no han ayudado, o si los síntomas empeoran.',
        'La mayoría de las personas con dolor de espalda o de cuello encuentra alivio sin cirugía.',
      ],
      how: [
        'Los discos son almohadillas blandas entre los huesos de la columna. Una hernia de disco puede presionar un nervio cercano y causar dolor, adormecimiento o debilidad.',
        'El cirujano quita el pedazo de disco que presiona el nervio. Lo ideal es que la mayor parte del disco quede en su lugar.',
        'A veces hay que quitar todo el disco. Entonces se unen (se fusionan) los huesos de al lado.',
        'Muchos cirujanos trabajan por una incisión pequeña, con un microscopio.',
        'Se usa anestesia general: usted estará dormido por completo.',
      ],
      expect: [
        'Puede irse a casa el mismo día. Algunas personas necesitan quedarse poco tiempo en el hospital.',
        'Muchas personas vuelven al trabajo en 2 a 6 semanas. El trabajo pesado puede requerir de 6 a 8 semanas.',
        'Evite levantar objetos pesados y agacharse durante unas 4 semanas. También puede tener que limitar el tiempo que pasa sentado.',
        'Un fisioterapeuta le puede enseñar ejercicios para fortalecer la espalda.',
      ],
      risks: [
        'Sangrado',
        'Infección cerca de la incisión',
        'Una fuga de líquido de la columna. Puede tener que quedarse en cama unos días.',
        'Daño a un nervio',
        'Un coágulo de sangre en una pierna, que puede llegar a los pulmones. Esto puede ser muy grave.',
        'Dolor',
        'La hernia de disco puede volver a aparecer y necesitar otra cirugía',
      ],
      tellYourDoctor: [
        'Todos los medicamentos que toma, incluidos la aspirina y otros anticoagulantes',
        'Si ha tenido coágulos de sangre o problemas de sangrado',
        'Si tiene un resfriado o una infección',
        'Si podría estar embarazada',
        'Sus alergias, y si alguna vez tuvo problemas con la anestesia',
      ],
      sources: [src.mayoDiskectomy, src.mayoDiskectomyExpect, src.mayoMinute, src.bswMicro],
    },
    kyphoplasty: {
      id: 'kyphoplasty',
      name: 'Cifoplastia',
      alternateName: 'Cifoplastia con balón',
      summary:
        'Un tratamiento para una fractura por compresión que causa dolor: la vértebra, uno de los huesos de la columna, se agrieta y puede aplastarse.',
      kind: 'treatment',
      procedureType: 'Percutaneous',
      bodyLocation: 'Una vértebra, uno de los huesos de la columna',
      conditions: ['Fractura por compresión de la columna que causa dolor'],
      whoItMayHelp: [
        'Personas con una fractura por compresión y un dolor fuerte que no ha mejorado con reposo, un corsé (faja ortopédica), fisioterapia o medicamentos.',
        'Estas fracturas son comunes en personas con osteoporosis (huesos delgados y débiles). También pueden venir de una lesión o de un cáncer en el hueso.',
        'No es para la hernia de disco ni para el dolor de la artritis. En la mayoría de los casos no se usa en personas jóvenes.',
      ],
      how: [
        'Los huesos de la columna se llaman vértebras.',
        'Por una incisión pequeña en la espalda, el médico coloca un pequeño balón dentro del hueso roto. El balón abre espacio.',
        'Luego, el cemento óseo rellena ese espacio. Ayuda a que el hueso no vuelva a aplastarse.',
        'Le pueden dar anestesia local o anestesia general. Se puede tratar más de un hueso en la misma sesión.',
      ],
      expect: [
        'En la mayoría de los casos, usted se va a casa el mismo día.',
        'No maneje durante 2 días. Pregunte a su médico cuándo puede volver a levantar cosas.',
        'Haga caminatas cortas. Empiece con 5 minutos cada vez. Es posible que tenga que usar un corsé (faja ortopédica).',
      ],
      risks: [
        'El cemento óseo puede salirse del hueso. Es uno de los problemas más comunes, pero rara vez causa daño.',
        'Nuevas fracturas en la columna. En los estudios, también fue uno de los problemas más comunes.',
        'Infección, sangrado o una mala reacción a la anestesia',
        'El dolor puede no mejorar, o puede empeorar',
        'Rara vez, daño a un nervio o a la médula espinal, o parálisis',
      ],
      tellYourDoctor: ['Sus antecedentes de salud y todos los medicamentos que toma. Lleve una lista a su cita.'],
      sources: [src.upmc, src.upmcNeuro, src.niceRisks, src.niceProcedure, src.kyphoRisks, src.baycare],
    },
    'spinal-cord-stimulation': {
      id: 'spinal-cord-stimulation',
      name: 'Estimulación de la médula espinal',
      alternateName: 'Neuroestimulador medular',
      summary:
        'Un pequeño dispositivo envía impulsos eléctricos a la médula espinal. Puede aliviar el dolor porque bloquea o cambia las señales de dolor.',
      kind: 'treatment',
      procedureType: 'Surgical',
      bodyLocation: 'La médula espinal',
      conditions: ['Dolor de espalda o de pierna que sigue después de una cirugía de espalda', 'Dolor de los nervios'],
      whoItMayHelp: [
        'Personas con dolor que dura mucho tiempo y sigue a pesar de medicamentos, fisioterapia, inyecciones o incluso cirugía.',
        'Se usa sobre todo para el dolor que sigue después de una cirugía de espalda.',
        'Muchos seguros médicos piden antes una consulta con un especialista en salud mental. Los problemas de salud mental pueden hacer que el dispositivo ayude menos.',
      ],
      how: [
        'Primero se hace una prueba. Con ayuda de rayos X, se colocan cerca de la médula unos cables delgados, llamados electrodos. Se conectan a un aparato fuera del cuerpo.',
        'Usted prueba el dispositivo durante unos días o semanas y lo ajusta con un control remoto.',
        'Si le ayuda, el dispositivo con su batería se coloca bajo la piel, a menudo en el glúteo. Más adelante se puede apagar o quitar.',
      ],
      expect: [
        'Los dos pasos a menudo se hacen sin pasar la noche en el hospital, o con muy poco tiempo en el hospital.',
        'La recuperación completa de la cirugía puede tardar de 4 a 6 semanas.',
        'Más de la mitad de las personas que lo prueban sienten alivio del dolor de los nervios.',
        'Con los años, puede necesitar revisiones, cambios en la programación y una batería nueva.',
      ],
      risks: [
        'Los cables pueden moverse o romperse. Con los años, es común necesitar otra operación para arreglarlos.',
        'Infección',
        'Dolor donde está el dispositivo bajo la piel',
        'La batería o el dispositivo pueden dejar de funcionar',
        'Sangrado, o una fuga de líquido de la columna',
        'Rara vez, daño a la médula espinal, o parálisis',
      ],
      sources: [src.weill, src.statpearlsScs, src.asraScs],
    },
  },
};
