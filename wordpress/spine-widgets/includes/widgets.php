<?php
/**
 * The widgets: one list (widgets.json) drives shortcodes, blocks, the kses allow-list and the script's enqueueing.
 *
 * @package SpineWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Attributes whose values are URLs: escaped with esc_url and checked by kses like href. */
const SPINE_WIDGETS_URL_ATTRIBUTES = array( 'href', 'src', 'action', 'booking-url', 'privacy-url' );

/**
 * The widgets the plugin knows, from widgets.json: tag => array( title, description, icon, attributes ).
 *
 * @return array<string, array>
 */
function spine_widgets_list() {
	static $list = null;
	if ( null === $list ) {
		$decoded = wp_json_file_decode( SPINE_WIDGETS_DIR . '/widgets.json', array( 'associative' => true ) );
		$list    = array();
		foreach ( (array) $decoded as $tag => $widget ) {
			// Keys that are not custom element names (such as the "//" comment) are not widgets.
			if ( is_array( $widget ) && preg_match( '/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/', $tag ) ) {
				$list[ $tag ] = $widget;
			}
		}
	}
	return $list;
}

/**
 * An attribute's name in block attributes, which are camelCase: heading-level => headingLevel.
 *
 * @param string $name Attribute name as the element spells it.
 * @return string
 */
function spine_widgets_block_attribute( $name ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $name ) ) ) );
}

/**
 * Renders a widget's tag from attribute values (shortcode or block), escaped, with the site's defaults from the
 * settings page. Enqueues the script, since the page now uses a widget.
 *
 * @param string $tag     The element, for example procedure-card.
 * @param array  $values  Attribute values by the element's attribute names.
 * @param string $content Optional inner HTML (an enclosing shortcode's content).
 * @return string
 */
function spine_widgets_render( $tag, $values, $content = '' ) {
	$widgets = spine_widgets_list();
	if ( ! isset( $widgets[ $tag ] ) ) {
		return '';
	}
	$values = array_merge( spine_widgets_defaults( $tag, $values ), $values );
	$html   = '';
	foreach ( $widgets[ $tag ]['attributes'] as $name => $definition ) {
		if ( ! array_key_exists( $name, $values ) || null === $values[ $name ] ) {
			continue;
		}
		$value = $values[ $name ];
		$type  = isset( $definition['type'] ) ? $definition['type'] : 'string';
		if ( 'boolean' === $type ) {
			if ( spine_widgets_truthy( $value ) ) {
				$html .= ' ' . esc_attr( $name );
			}
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value || ( 'number' === $type && ! is_numeric( $value ) ) ) {
			continue;
		}
		if ( isset( $definition['options'] ) && ! in_array( $value, $definition['options'], true ) ) {
			continue;
		}
		$escaped = in_array( $name, SPINE_WIDGETS_URL_ATTRIBUTES, true ) ? esc_url( $value ) : esc_attr( $value );
		$html   .= ' ' . esc_attr( $name ) . '="' . $escaped . '"';
	}
	spine_widgets_enqueue();
	$inner = '' !== trim( $content ) ? wp_kses_post( $content ) : spine_widgets_fallback( $tag, $values );
	// $tag is one of the plugin's own names (checked in spine_widgets_list), $html is escaped above.
	return '<' . $tag . $html . '>' . $inner . '</' . $tag . '>';
}

/**
 * Whether a shortcode or block value switches a boolean attribute on: a bare [procedure_card expanded], or any
 * value but false, 0, no, off and empty.
 *
 * @param mixed $value The value.
 * @return bool
 */
function spine_widgets_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( '', 'false', '0', 'no', 'off' ), true );
}

/**
 * The site's defaults from Settings -> Spine Widgets, for attributes the author did not set.
 *
 * @param string $tag    The element.
 * @param array  $values What the author set.
 * @return array
 */
function spine_widgets_defaults( $tag, $values ) {
	$settings = spine_widgets_settings();
	$defaults = array();
	if ( 'auto' !== $settings['language'] ) {
		$defaults['lang'] = $settings['language'];
	}
	if ( 'consult-button' === $tag ) {
		if ( '' !== $settings['phone'] ) {
			$defaults['phone'] = $settings['phone'];
		}
		if ( $settings['privacy_page'] ) {
			$defaults['privacy-url'] = get_permalink( $settings['privacy_page'] );
		}
		// Without a link or booking page of its own, the button opens the request form, sent where the settings say.
		if ( empty( $values['href'] ) && empty( $values['booking-url'] ) && empty( $values['action'] ) ) {
			$defaults['action'] = spine_widgets_consult_url();
		}
	}
	return $defaults;
}

/**
 * What visitors see without the script (or before it): a plain link, for the widgets that are calls to action.
 *
 * @param string $tag    The element.
 * @param array  $values Its attribute values.
 * @return string
 */
function spine_widgets_fallback( $tag, $values ) {
	if ( 'consult-button' === $tag ) {
		$label = ! empty( $values['label'] ) ? $values['label'] : __( 'Request a Consultation', 'spine-widgets' );
		foreach ( array( 'href', 'booking-url' ) as $name ) {
			if ( ! empty( $values[ $name ] ) ) {
				return '<a href="' . esc_url( $values[ $name ] ) . '">' . esc_html( $label ) . '</a>';
			}
		}
		if ( ! empty( $values['phone'] ) ) {
			return '<a href="' . esc_url( 'tel:' . preg_replace( '/[^\d+]/', '', $values['phone'] ) ) . '">' . esc_html( $label ) . '</a>';
		}
	}
	if ( 'guide-download' === $tag && ! empty( $values['href'] ) ) {
		$label = ! empty( $values['heading'] ) ? $values['heading'] : __( 'Download the guide', 'spine-widgets' );
		return '<a href="' . esc_url( $values['href'] ) . '">' . esc_html( $label ) . '</a>';
	}
	return '';
}

/**
 * Shortcode attributes to element attributes: heading_level and heading-level both mean heading-level; a bare
 * word ([procedure_card expanded]) switches that boolean on.
 *
 * @param string $tag   The element.
 * @param mixed  $atts  What WordPress parsed from the shortcode.
 * @return array
 */
function spine_widgets_shortcode_values( $tag, $atts ) {
	$known  = spine_widgets_list()[ $tag ]['attributes'];
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = $value;
			$value = true;
		}
		$name = str_replace( '_', '-', strtolower( (string) $key ) );
		if ( isset( $known[ $name ] ) ) {
			$values[ $name ] = $value;
		}
	}
	return $values;
}

/** Registers [procedure_card], [surgery_benefits] and so on, and one block per widget. */
function spine_widgets_register() {
	wp_register_script( 'spine-widgets', plugins_url( 'assets/spine-widgets.bundle.js', SPINE_WIDGETS_FILE ), array(), SPINE_WIDGETS_VERSION, true );
	wp_register_style( 'spine-widgets', false, array(), SPINE_WIDGETS_VERSION );
	wp_register_script(
		'spine-widgets-editor',
		plugins_url( 'assets/editor.js', SPINE_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'spine-widgets' ),
		SPINE_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script( 'spine-widgets-editor', 'window.spineWidgetsEditor = ' . wp_json_encode( array( 'widgets' => spine_widgets_list() ) ) . ';', 'before' );

	foreach ( spine_widgets_list() as $tag => $widget ) {
		add_shortcode(
			str_replace( '-', '_', $tag ),
			function ( $atts, $content = '' ) use ( $tag ) {
				return spine_widgets_render( $tag, spine_widgets_shortcode_values( $tag, $atts ), (string) $content );
			}
		);
		$block = SPINE_WIDGETS_DIR . '/blocks/' . $tag;
		if ( file_exists( $block . '/block.json' ) ) {
			register_block_type(
				$block,
				array(
					'render_callback' => function ( $attributes ) use ( $tag, $widget ) {
						$values = array();
						foreach ( array_keys( $widget['attributes'] ) as $name ) {
							$key = spine_widgets_block_attribute( $name );
							if ( isset( $attributes[ $key ] ) ) {
								$values[ $name ] = $attributes[ $key ];
							}
						}
						return spine_widgets_render( $tag, $values );
					},
				)
			);
		}
	}
}
add_action( 'init', 'spine_widgets_register' );

/** Loads the script (and the brand colour) on this page: called when a widget is rendered or found in content. */
function spine_widgets_enqueue() {
	wp_enqueue_script( 'spine-widgets' );
	$colour = spine_widgets_settings()['brand_color'];
	if ( '' !== $colour && ! wp_style_is( 'spine-widgets', 'enqueued' ) ) {
		wp_add_inline_style( 'spine-widgets', ':root{--spine-color-brand:' . $colour . ';}' );
	}
	wp_enqueue_style( 'spine-widgets' );
}

/**
 * Raw tags typed into the content (a Custom HTML block, the code editor) need the script too.
 *
 * @param string $content The post content.
 * @return string
 */
function spine_widgets_find_tags( $content ) {
	$tags = implode( '|', array_map( 'preg_quote', array_keys( spine_widgets_list() ) ) );
	if ( preg_match( '/<(' . $tags . ')[\s>\/]/i', (string) $content ) ) {
		spine_widgets_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'spine_widgets_find_tags', 20 );
add_filter( 'widget_text_content', 'spine_widgets_find_tags', 20 );
add_filter( 'widget_block_content', 'spine_widgets_find_tags', 20 );

/**
 * Marks the script so optimizers (LiteSpeed, WP Rocket, Cloudflare Rocket Loader, Autoptimize) leave it as it is.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function spine_widgets_script_tag( $tag, $handle ) {
	if ( 'spine-widgets' !== $handle ) {
		return $tag;
	}
	return str_replace( '<script ', '<script data-no-optimize="1" data-cfasync="false" nowprocket ', $tag );
}
add_filter( 'script_loader_tag', 'spine_widgets_script_tag', 10, 2 );

/**
 * Lets the widgets' tags and attributes through kses, so a raw <procedure-card> typed by an Author (or anyone
 * without unfiltered_html) survives saving.
 *
 * @param array  $allowed Allowed tags and attributes.
 * @param string $context The kses context.
 * @return array
 */
function spine_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( spine_widgets_list() as $tag => $widget ) {
		$attributes = array(
			'class' => true,
			'id'    => true,
			'lang'  => true,
			'slot'  => true,
		);
		foreach ( array_keys( $widget['attributes'] ) as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $tag ] = $attributes;
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'spine_widgets_allowed_html', 10, 2 );

/**
 * URL attributes of the widgets get the same protocol check as href (no javascript:).
 *
 * @param string[] $attributes Attribute names kses treats as URLs.
 * @return string[]
 */
function spine_widgets_uri_attributes( $attributes ) {
	return array_values( array_unique( array_merge( $attributes, SPINE_WIDGETS_URL_ATTRIBUTES ) ) );
}
add_filter( 'wp_kses_uri_attributes', 'spine_widgets_uri_attributes' );

/** The block editor: the widgets for the live preview, and the blocks' sidebar controls. */
function spine_widgets_editor_assets() {
	spine_widgets_enqueue();
	wp_enqueue_script( 'spine-widgets-editor' );
}
add_action( 'enqueue_block_editor_assets', 'spine_widgets_editor_assets' );
