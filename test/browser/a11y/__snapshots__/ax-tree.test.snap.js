/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["consult-button closed"] = 
`- button "Request a Consultation" [hasPopup=dialog]
`;
/* end snapshot consult-button closed */

snapshots["consult-button open"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
  - form
    - paragraph
      - text "Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
    - text "Your name"
    - textbox "Your name" [focused] [required]
    - text "Phone number"
    - textbox "Phone number"
    - text "Email address"
    - textbox "Email address"
    - group "How should we contact you? (optional)"
      - Legend
        - text "How should we contact you?"
        - text "(optional)"
      - radio "Phone"
      - radio "Email"
    - text "Reason for your visit"
    - text "(optional)"
    - combobox "Reason for your visit (optional)" [hasPopup=menu] value="Choose a reason"
      - MenuListPopup
        - option "Choose a reason" [selected]
        - option "Neck pain"
        - option "Low back pain"
        - option "Sciatica or leg pain"
        - option "Herniated disc"
        - option "Spinal stenosis"
        - option "Second opinion"
        - option "Other"
    - text "Anything else we should know?"
    - text "(optional)"
    - textbox "Anything else we should know? (optional)"
    - checkbox "I agree that the clinic may contact me about my request."
    - link "How we use your details (opens in a new tab)"
      - text "(opens in a new tab)"
    - alert [live=assertive] [atomic]
    - button "Send request"
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button open */

snapshots["consult-button errors"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
  - form
    - group "There is a problem" [focused] desc="Enter your name. Enter a phone number or an email address, so we can reach you. Tick the box to let us contact you."
      - heading "There is a problem" [level=3]
      - list
        - listitem [level=1]
          - link "Enter your name."
        - listitem [level=1]
          - link "Enter a phone number or an email address, so we can reach you."
        - listitem [level=1]
          - link "Tick the box to let us contact you."
    - paragraph
      - text "Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
    - text "Your name"
    - paragraph
      - text "Error:"
      - text "Enter your name."
    - textbox "Your name" [required] [invalid] desc="Error: Enter your name."
    - text "Phone number"
    - paragraph
      - text "Error:"
      - text "Enter a phone number or an email address, so we can reach you."
    - textbox "Phone number" [invalid] desc="Error: Enter a phone number or an email address, so we can reach you."
    - text "Email address"
    - textbox "Email address"
    - group "How should we contact you? (optional)"
      - Legend
        - text "How should we contact you?"
        - text "(optional)"
      - radio "Phone"
      - radio "Email"
    - text "Reason for your visit"
    - text "(optional)"
    - combobox "Reason for your visit (optional)" [hasPopup=menu] value="Choose a reason"
      - MenuListPopup
        - option "Choose a reason" [selected]
        - option "Neck pain"
        - option "Low back pain"
        - option "Sciatica or leg pain"
        - option "Herniated disc"
        - option "Spinal stenosis"
        - option "Second opinion"
        - option "Other"
    - text "Anything else we should know?"
    - text "(optional)"
    - textbox "Anything else we should know? (optional)"
    - paragraph
      - text "Error:"
      - text "Tick the box to let us contact you."
    - checkbox "I agree that the clinic may contact me about my request." [invalid] desc="Error: Tick the box to let us contact you."
    - link "How we use your details (opens in a new tab)"
      - text "(opens in a new tab)"
    - alert [live=assertive] [atomic]
    - button "Send request"
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button errors */

snapshots["consult-button sending"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
    - text "Sending…"
  - form
    - paragraph
      - text "Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
    - text "Your name"
    - textbox "Your name" [required] value="Zelda Quixote"
      - text "Zelda Quixote"
    - text "Phone number"
    - textbox "Phone number" value="555 867 5309"
      - text "555 867 5309"
    - text "Email address"
    - textbox "Email address" value="zelda.q@example.org"
      - text "zelda.q@example.org"
    - group "How should we contact you? (optional)"
      - Legend
        - text "How should we contact you?"
        - text "(optional)"
      - radio "Phone"
      - radio "Email"
    - text "Reason for your visit"
    - text "(optional)"
    - combobox "Reason for your visit (optional)" [hasPopup=menu] value="Choose a reason"
      - MenuListPopup
        - option "Choose a reason" [selected]
        - option "Neck pain"
        - option "Low back pain"
        - option "Sciatica or leg pain"
        - option "Herniated disc"
        - option "Spinal stenosis"
        - option "Second opinion"
        - option "Other"
    - text "Anything else we should know?"
    - text "(optional)"
    - textbox "Anything else we should know? (optional)"
    - checkbox "I agree that the clinic may contact me about my request." [checked]
    - link "How we use your details (opens in a new tab)"
      - text "(opens in a new tab)"
    - alert [live=assertive] [atomic]
    - button "Sending…" [disabled]
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button sending */

snapshots["consult-button success"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
  - heading "Thank you. We got your request. We will contact you soon." [focused] [level=3]
  - button "Close"
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button success */

snapshots["consult-button failure"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
  - form
    - paragraph
      - text "Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
    - text "Your name"
    - textbox "Your name" [focused] [required] value="Zelda Quixote"
      - text "Zelda Quixote"
    - text "Phone number"
    - textbox "Phone number" value="555 867 5309"
      - text "555 867 5309"
    - text "Email address"
    - textbox "Email address" value="zelda.q@example.org"
      - text "zelda.q@example.org"
    - group "How should we contact you? (optional)"
      - Legend
        - text "How should we contact you?"
        - text "(optional)"
      - radio "Phone"
      - radio "Email"
    - text "Reason for your visit"
    - text "(optional)"
    - combobox "Reason for your visit (optional)" [hasPopup=menu] value="Choose a reason"
      - MenuListPopup
        - option "Choose a reason" [selected]
        - option "Neck pain"
        - option "Low back pain"
        - option "Sciatica or leg pain"
        - option "Herniated disc"
        - option "Spinal stenosis"
        - option "Second opinion"
        - option "Other"
    - text "Anything else we should know?"
    - text "(optional)"
    - textbox "Anything else we should know? (optional)"
    - checkbox "I agree that the clinic may contact me about my request." [checked]
    - link "How we use your details (opens in a new tab)"
      - text "(opens in a new tab)"
    - alert [live=assertive] [atomic]
      - paragraph
        - text "We could not send your request. What you typed is still here. Please try again."
      - button "Try again"
      - paragraph
        - text "Or call us at"
        - link "+15555550100"
    - button "Send request"
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button failure */

snapshots["consult-button rejected"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
  - form
    - paragraph
      - text "Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
    - text "Your name"
    - textbox "Your name" [focused] [required] value="Zelda Quixote"
      - text "Zelda Quixote"
    - text "Phone number"
    - textbox "Phone number" value="555 867 5309"
      - text "555 867 5309"
    - text "Email address"
    - textbox "Email address" value="zelda.q@example.org"
      - text "zelda.q@example.org"
    - group "How should we contact you? (optional)"
      - Legend
        - text "How should we contact you?"
        - text "(optional)"
      - radio "Phone"
      - radio "Email"
    - text "Reason for your visit"
    - text "(optional)"
    - combobox "Reason for your visit (optional)" [hasPopup=menu] value="Choose a reason"
      - MenuListPopup
        - option "Choose a reason" [selected]
        - option "Neck pain"
        - option "Low back pain"
        - option "Sciatica or leg pain"
        - option "Herniated disc"
        - option "Spinal stenosis"
        - option "Second opinion"
        - option "Other"
    - text "Anything else we should know?"
    - text "(optional)"
    - textbox "Anything else we should know? (optional)"
    - checkbox "I agree that the clinic may contact me about my request." [checked]
    - link "How we use your details (opens in a new tab)"
      - text "(opens in a new tab)"
    - alert [live=assertive] [atomic]
      - paragraph
        - text "We could not take your request online. Please try again later."
      - paragraph
        - text "The clinic says:"
        - text "“"
        - text "Server error"
        - text "”"
      - paragraph
        - text "Or call us at"
        - link "+15555550100"
    - button "Send request"
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button rejected */

snapshots["specialist-checklist empty"] = 
`- region "Questions to ask before you choose a spine doctor"
  - heading "Questions to ask before you choose a spine doctor" [level=2]
  - paragraph
    - text "Check a box each time the answer is yes."
  - list
    - listitem [level=1]
      - checkbox "Did the doctor train in a spine fellowship, or is the doctor board-certified?" desc="Ask the office, or look up the doctor’s board status online."
      - text "Did the doctor train in a spine fellowship, or is the doctor board-certified?"
      - text "Ask the office, or look up the doctor’s board status online."
    - listitem [level=1]
      - checkbox "Does the doctor work with a team through each stage of your care?" desc="Ask who will help you before, during and after treatment."
      - text "Does the doctor work with a team through each stage of your care?"
      - text "Ask who will help you before, during and after treatment."
    - listitem [level=1]
      - checkbox "Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?" desc="Ask which options they try before open surgery."
      - text "Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?"
      - text "Ask which options they try before open surgery."
    - listitem [level=1]
      - checkbox "Does the clinic have new, advanced equipment?" desc="Ask the office what tools and scanners they use."
      - text "Does the clinic have new, advanced equipment?"
      - text "Ask the office what tools and scanners they use."
    - listitem [level=1]
      - checkbox "Does the surgery center have a low rate of infection?" desc="Ask the surgery center for its infection rate."
      - text "Does the surgery center have a low rate of infection?"
      - text "Ask the surgery center for its infection rate."
    - listitem [level=1]
      - checkbox "Has the doctor treated many people with your problem?" desc="Ask how often the doctor treats a problem like yours."
      - text "Has the doctor treated many people with your problem?"
      - text "Ask how often the doctor treats a problem like yours."
    - listitem [level=1]
      - checkbox "Are past patients happy with their care?" desc="Read patient reviews, or ask the office what patients say."
      - text "Are past patients happy with their care?"
      - text "Read patient reviews, or ask the office what patients say."
  - paragraph
    - text "0 of 7 checked"
  - progressbar "0 of 7 checked" [valuemin=0] [valuemax=7] value="0"
  - button "Clear"
  - button "Print"
  - status [live=polite] [atomic]
`;
/* end snapshot specialist-checklist empty */

snapshots["specialist-checklist partial"] = 
`- region "Questions to ask before you choose a spine doctor"
  - heading "Questions to ask before you choose a spine doctor" [level=2]
  - paragraph
    - text "Check a box each time the answer is yes."
  - list
    - listitem [level=1]
      - checkbox "Did the doctor train in a spine fellowship, or is the doctor board-certified?" [checked] desc="Ask the office, or look up the doctor’s board status online."
      - text "Did the doctor train in a spine fellowship, or is the doctor board-certified?"
      - text "Ask the office, or look up the doctor’s board status online."
    - listitem [level=1]
      - checkbox "Does the doctor work with a team through each stage of your care?" [checked] desc="Ask who will help you before, during and after treatment."
      - text "Does the doctor work with a team through each stage of your care?"
      - text "Ask who will help you before, during and after treatment."
    - listitem [level=1]
      - checkbox "Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?" [checked] desc="Ask which options they try before open surgery."
      - text "Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?"
      - text "Ask which options they try before open surgery."
    - listitem [level=1]
      - checkbox "Does the clinic have new, advanced equipment?" desc="Ask the office what tools and scanners they use."
      - text "Does the clinic have new, advanced equipment?"
      - text "Ask the office what tools and scanners they use."
    - listitem [level=1]
      - checkbox "Does the surgery center have a low rate of infection?" desc="Ask the surgery center for its infection rate."
      - text "Does the surgery center have a low rate of infection?"
      - text "Ask the surgery center for its infection rate."
    - listitem [level=1]
      - checkbox "Has the doctor treated many people with your problem?" desc="Ask how often the doctor treats a problem like yours."
      - text "Has the doctor treated many people with your problem?"
      - text "Ask how often the doctor treats a problem like yours."
    - listitem [level=1]
      - checkbox "Are past patients happy with their care?" desc="Read patient reviews, or ask the office what patients say."
      - text "Are past patients happy with their care?"
      - text "Read patient reviews, or ask the office what patients say."
  - paragraph
    - text "3 of 7 checked"
  - progressbar "3 of 7 checked" [valuemin=0] [valuemax=7] value="3"
  - button "Clear"
  - button "Print"
  - status [live=polite] [atomic]
    - text "3 of 7 checked"
`;
/* end snapshot specialist-checklist partial */

snapshots["specialist-checklist complete"] = 
`- region "Questions to ask before you choose a spine doctor"
  - heading "Questions to ask before you choose a spine doctor" [level=2]
  - paragraph
    - text "Check a box each time the answer is yes."
  - list
    - listitem [level=1]
      - checkbox "Did the doctor train in a spine fellowship, or is the doctor board-certified?" [checked] desc="Ask the office, or look up the doctor’s board status online."
      - text "Did the doctor train in a spine fellowship, or is the doctor board-certified?"
      - text "Ask the office, or look up the doctor’s board status online."
    - listitem [level=1]
      - checkbox "Does the doctor work with a team through each stage of your care?" [checked] desc="Ask who will help you before, during and after treatment."
      - text "Does the doctor work with a team through each stage of your care?"
      - text "Ask who will help you before, during and after treatment."
    - listitem [level=1]
      - checkbox "Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?" [checked] desc="Ask which options they try before open surgery."
      - text "Does the doctor try care without surgery first? Or minimally invasive care, done through small cuts?"
      - text "Ask which options they try before open surgery."
    - listitem [level=1]
      - checkbox "Does the clinic have new, advanced equipment?" [checked] desc="Ask the office what tools and scanners they use."
      - text "Does the clinic have new, advanced equipment?"
      - text "Ask the office what tools and scanners they use."
    - listitem [level=1]
      - checkbox "Does the surgery center have a low rate of infection?" [checked] desc="Ask the surgery center for its infection rate."
      - text "Does the surgery center have a low rate of infection?"
      - text "Ask the surgery center for its infection rate."
    - listitem [level=1]
      - checkbox "Has the doctor treated many people with your problem?" [checked] desc="Ask how often the doctor treats a problem like yours."
      - text "Has the doctor treated many people with your problem?"
      - text "Ask how often the doctor treats a problem like yours."
    - listitem [level=1]
      - checkbox "Are past patients happy with their care?" [checked] desc="Read patient reviews, or ask the office what patients say."
      - text "Are past patients happy with their care?"
      - text "Read patient reviews, or ask the office what patients say."
  - paragraph
    - text "7 of 7 checked"
  - progressbar "7 of 7 checked" [valuemin=0] [valuemax=7] value="7"
  - paragraph
    - text "Good news: this doctor meets your checklist."
  - link "Request a consultation"
  - button "Clear"
  - button "Print"
  - status [live=polite] [atomic]
    - text "7 of 7 checked Good news: this doctor meets your checklist."
`;
/* end snapshot specialist-checklist complete */

snapshots["procedure-card collapsed"] = 
`- article "Epidural steroid injection"
  - heading "Epidural steroid injection" [level=3]
  - text "Treatment"
  - paragraph
    - text "Also called:"
    - text "ESI"
  - paragraph
    - text "A shot of steroid medicine near the spinal nerves, which may ease pain that spreads to the hip or leg."
  - paragraph
    - strong
      - text "Used for:"
    - text "Pain that spreads to the hip or leg (sciatica); A disc that bulges out (a herniated disc)"
  - group
    - DisclosureTriangle "How it is done"
  - group
    - DisclosureTriangle "What to expect"
  - group
    - DisclosureTriangle "Risks"
  - group
    - DisclosureTriangle "Sources"
  - link "Learn more about Epidural steroid injection"
    - text "about Epidural steroid injection"
  - paragraph
    - text "This is general information, not medical advice. Ask your doctor what is right for you."
`;
/* end snapshot procedure-card collapsed */

snapshots["procedure-card expanded"] = 
`- article "Epidural steroid injection"
  - heading "Epidural steroid injection" [level=3]
  - text "Treatment"
  - paragraph
    - text "Also called:"
    - text "ESI"
  - paragraph
    - text "A shot of steroid medicine near the spinal nerves, which may ease pain that spreads to the hip or leg."
  - paragraph
    - strong
      - text "Used for:"
    - text "Pain that spreads to the hip or leg (sciatica); A disc that bulges out (a herniated disc)"
  - group
    - DisclosureTriangle "How it is done" [expanded]
    - list
      - listitem [level=1]
        - text "It is often tried when other care has not helped."
      - listitem [level=1]
        - text "A steroid is a medicine that calms swelling. The doctor puts it in the epidural space. This is the space around the spinal nerves."
      - listitem [level=1]
        - text "A live X-ray, called fluoroscopy, and a dye help the doctor guide the needle to the right spot."
  - group
    - DisclosureTriangle "What to expect" [expanded]
    - list
      - listitem [level=1]
        - text "The shot takes about 10 to 15 minutes."
      - listitem [level=1]
        - text "Staff will watch you for 15 to 20 minutes after. You will need someone to drive you home."
      - listitem [level=1]
        - text "Pain may get worse for 2 to 3 days before it gets better."
      - listitem [level=1]
        - text "Relief may last from a few days or a week up to months, and sometimes a year. About half of people get relief for a while."
      - listitem [level=1]
        - text "People usually have no more than 2 or 3 of these shots in a year."
  - group
    - DisclosureTriangle "Risks" [expanded]
    - list
      - listitem [level=1]
        - text "Infection"
      - listitem [level=1]
        - text "Soreness where the needle went in"
      - listitem [level=1]
        - text "Numbness that goes away"
      - listitem [level=1]
        - text "Headache from a leak of spinal fluid"
      - listitem [level=1]
        - text "Rarely, bleeding or nerve injury"
  - group
    - DisclosureTriangle "Sources" [expanded]
    - list
      - listitem [level=1]
        - link "Cleveland Clinic: Epidural steroid injection (ESI)"
      - listitem [level=1]
        - link "Wood County Hospital: Pain management, epidural steroid injection"
      - listitem [level=1]
        - link "Spine-health: Epidural steroid injection pain relief success rates"
  - link "Learn more about Epidural steroid injection"
    - text "about Epidural steroid injection"
  - paragraph
    - text "This is general information, not medical advice. Ask your doctor what is right for you."
`;
/* end snapshot procedure-card expanded */

snapshots["surgery-benefits list"] = 
`- article "Epidural steroid injection"
  - heading "Epidural steroid injection" [level=3]
  - text "Treatment"
  - paragraph
    - text "Also called:"
    - text "ESI"
  - paragraph
    - text "A shot of steroid medicine near the spinal nerves, which may ease pain that spreads to the hip or leg."
  - paragraph
    - strong
      - text "Used for:"
    - text "Pain that spreads to the hip or leg (sciatica); A disc that bulges out (a herniated disc)"
  - group
    - DisclosureTriangle "How it is done" [expanded]
    - list
      - listitem [level=1]
        - text "It is often tried when other care has not helped."
      - listitem [level=1]
        - text "A steroid is a medicine that calms swelling. The doctor puts it in the epidural space. This is the space around the spinal nerves."
      - listitem [level=1]
        - text "A live X-ray, called fluoroscopy, and a dye help the doctor guide the needle to the right spot."
  - group
    - DisclosureTriangle "What to expect" [expanded]
    - list
      - listitem [level=1]
        - text "The shot takes about 10 to 15 minutes."
      - listitem [level=1]
        - text "Staff will watch you for 15 to 20 minutes after. You will need someone to drive you home."
      - listitem [level=1]
        - text "Pain may get worse for 2 to 3 days before it gets better."
      - listitem [level=1]
        - text "Relief may last from a few days or a week up to months, and sometimes a year. About half of people get relief for a while."
      - listitem [level=1]
        - text "People usually have no more than 2 or 3 of these shots in a year."
  - group
    - DisclosureTriangle "Risks" [expanded]
    - list
      - listitem [level=1]
        - text "Infection"
      - listitem [level=1]
        - text "Soreness where the needle went in"
      - listitem [level=1]
        - text "Numbness that goes away"
      - listitem [level=1]
        - text "Headache from a leak of spinal fluid"
      - listitem [level=1]
        - text "Rarely, bleeding or nerve injury"
  - group
    - DisclosureTriangle "Sources" [expanded]
    - list
      - listitem [level=1]
        - link "Cleveland Clinic: Epidural steroid injection (ESI)"
      - listitem [level=1]
        - link "Wood County Hospital: Pain management, epidural steroid injection"
      - listitem [level=1]
        - link "Spine-health: Epidural steroid injection pain relief success rates"
  - link "Learn more about Epidural steroid injection"
    - text "about Epidural steroid injection"
  - paragraph
    - text "This is general information, not medical advice. Ask your doctor what is right for you."
`;
/* end snapshot surgery-benefits list */

snapshots["surgery-benefits grid"] = 
`- article "Epidural steroid injection"
  - heading "Epidural steroid injection" [level=3]
  - text "Treatment"
  - paragraph
    - text "Also called:"
    - text "ESI"
  - paragraph
    - text "A shot of steroid medicine near the spinal nerves, which may ease pain that spreads to the hip or leg."
  - paragraph
    - strong
      - text "Used for:"
    - text "Pain that spreads to the hip or leg (sciatica); A disc that bulges out (a herniated disc)"
  - group
    - DisclosureTriangle "How it is done" [expanded]
    - list
      - listitem [level=1]
        - text "It is often tried when other care has not helped."
      - listitem [level=1]
        - text "A steroid is a medicine that calms swelling. The doctor puts it in the epidural space. This is the space around the spinal nerves."
      - listitem [level=1]
        - text "A live X-ray, called fluoroscopy, and a dye help the doctor guide the needle to the right spot."
  - group
    - DisclosureTriangle "What to expect" [expanded]
    - list
      - listitem [level=1]
        - text "The shot takes about 10 to 15 minutes."
      - listitem [level=1]
        - text "Staff will watch you for 15 to 20 minutes after. You will need someone to drive you home."
      - listitem [level=1]
        - text "Pain may get worse for 2 to 3 days before it gets better."
      - listitem [level=1]
        - text "Relief may last from a few days or a week up to months, and sometimes a year. About half of people get relief for a while."
      - listitem [level=1]
        - text "People usually have no more than 2 or 3 of these shots in a year."
  - group
    - DisclosureTriangle "Risks" [expanded]
    - list
      - listitem [level=1]
        - text "Infection"
      - listitem [level=1]
        - text "Soreness where the needle went in"
      - listitem [level=1]
        - text "Numbness that goes away"
      - listitem [level=1]
        - text "Headache from a leak of spinal fluid"
      - listitem [level=1]
        - text "Rarely, bleeding or nerve injury"
  - group
    - DisclosureTriangle "Sources" [expanded]
    - list
      - listitem [level=1]
        - link "Cleveland Clinic: Epidural steroid injection (ESI)"
      - listitem [level=1]
        - link "Wood County Hospital: Pain management, epidural steroid injection"
      - listitem [level=1]
        - link "Spine-health: Epidural steroid injection pain relief success rates"
  - link "Learn more about Epidural steroid injection"
    - text "about Epidural steroid injection"
  - paragraph
    - text "This is general information, not medical advice. Ask your doctor what is right for you."
`;
/* end snapshot surgery-benefits grid */

snapshots["surgery-benefits compare"] = 
`- article "Epidural steroid injection"
  - heading "Epidural steroid injection" [level=3]
  - text "Treatment"
  - paragraph
    - text "Also called:"
    - text "ESI"
  - paragraph
    - text "A shot of steroid medicine near the spinal nerves, which may ease pain that spreads to the hip or leg."
  - paragraph
    - strong
      - text "Used for:"
    - text "Pain that spreads to the hip or leg (sciatica); A disc that bulges out (a herniated disc)"
  - group
    - DisclosureTriangle "How it is done" [expanded]
    - list
      - listitem [level=1]
        - text "It is often tried when other care has not helped."
      - listitem [level=1]
        - text "A steroid is a medicine that calms swelling. The doctor puts it in the epidural space. This is the space around the spinal nerves."
      - listitem [level=1]
        - text "A live X-ray, called fluoroscopy, and a dye help the doctor guide the needle to the right spot."
  - group
    - DisclosureTriangle "What to expect" [expanded]
    - list
      - listitem [level=1]
        - text "The shot takes about 10 to 15 minutes."
      - listitem [level=1]
        - text "Staff will watch you for 15 to 20 minutes after. You will need someone to drive you home."
      - listitem [level=1]
        - text "Pain may get worse for 2 to 3 days before it gets better."
      - listitem [level=1]
        - text "Relief may last from a few days or a week up to months, and sometimes a year. About half of people get relief for a while."
      - listitem [level=1]
        - text "People usually have no more than 2 or 3 of these shots in a year."
  - group
    - DisclosureTriangle "Risks" [expanded]
    - list
      - listitem [level=1]
        - text "Infection"
      - listitem [level=1]
        - text "Soreness where the needle went in"
      - listitem [level=1]
        - text "Numbness that goes away"
      - listitem [level=1]
        - text "Headache from a leak of spinal fluid"
      - listitem [level=1]
        - text "Rarely, bleeding or nerve injury"
  - group
    - DisclosureTriangle "Sources" [expanded]
    - list
      - listitem [level=1]
        - link "Cleveland Clinic: Epidural steroid injection (ESI)"
      - listitem [level=1]
        - link "Wood County Hospital: Pain management, epidural steroid injection"
      - listitem [level=1]
        - link "Spine-health: Epidural steroid injection pain relief success rates"
  - link "Learn more about Epidural steroid injection"
    - text "about Epidural steroid injection"
  - paragraph
    - text "This is general information, not medical advice. Ask your doctor what is right for you."
`;
/* end snapshot surgery-benefits compare */

snapshots["consult-button success while closed, reopened"] = 
`- dialog "Request a consultation" [modal] desc="Tell us how to reach you. We need at least one way to contact you. We will get back to you to set up a visit."
  - heading "Request a consultation" [level=2]
  - button "Close"
  - status [live=polite] [atomic]
  - heading "Thank you. We got your request. We will contact you soon." [focused] [level=3]
  - button "Close"
  - paragraph
    - text "Or call us at"
    - link "+15555550100"
`;
/* end snapshot consult-button success while closed, reopened */

