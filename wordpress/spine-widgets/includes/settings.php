<?php
/**
 * Settings -> Spine Widgets: phone, privacy page, brand colour, default language, where consult requests go.
 *
 * @package SpineWidgets
 */

defined( 'ABSPATH' ) || exit;

const SPINE_WIDGETS_OPTION = 'spine_widgets_settings';

/**
 * The settings, with defaults for anything not saved yet.
 *
 * @return array{phone: string, privacy_page: int, brand_color: string, language: string, destination: string, external_url: string}
 */
function spine_widgets_settings() {
	$saved = get_option( SPINE_WIDGETS_OPTION, array() );
	return array_merge(
		array(
			'phone'        => '',
			'privacy_page' => 0,
			'brand_color'  => '',
			'language'     => 'auto',
			'destination'  => 'plugin',
			'external_url' => '',
		),
		is_array( $saved ) ? $saved : array()
	);
}

/**
 * Where consultation requests go: this site's own receiver, or the external URL from the settings.
 *
 * @return string
 */
function spine_widgets_consult_url() {
	$settings = spine_widgets_settings();
	if ( 'external' === $settings['destination'] && '' !== $settings['external_url'] ) {
		return $settings['external_url'];
	}
	return rest_url( 'spine-widgets/v1/consult' );
}

/**
 * Cleans what the settings form sent.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function spine_widgets_sanitize_settings( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$colour = isset( $input['brand_color'] ) ? sanitize_hex_color( $input['brand_color'] ) : '';
	$url    = isset( $input['external_url'] ) ? esc_url_raw( trim( $input['external_url'] ), array( 'https', 'http' ) ) : '';
	return array(
		'phone'        => isset( $input['phone'] ) ? sanitize_text_field( $input['phone'] ) : '',
		'privacy_page' => isset( $input['privacy_page'] ) ? absint( $input['privacy_page'] ) : 0,
		'brand_color'  => $colour ? $colour : '',
		'language'     => isset( $input['language'] ) && in_array( $input['language'], array( 'auto', 'en', 'es' ), true ) ? $input['language'] : 'auto',
		'destination'  => isset( $input['destination'] ) && 'external' === $input['destination'] && '' !== $url ? 'external' : 'plugin',
		'external_url' => $url,
	);
}

/** Registers the option and the page's fields. */
function spine_widgets_settings_init() {
	register_setting(
		'spine_widgets',
		SPINE_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'spine_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'spine_widgets_main', '', '__return_false', 'spine-widgets' );
	$fields = array(
		'phone'        => __( 'Clinic phone', 'spine-widgets' ),
		'privacy_page' => __( 'Privacy policy page', 'spine-widgets' ),
		'brand_color'  => __( 'Brand colour', 'spine-widgets' ),
		'language'     => __( 'Default language', 'spine-widgets' ),
		'destination'  => __( 'Consultation requests go to', 'spine-widgets' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'spine_widgets_' . $key,
			$label,
			'spine_widgets_settings_field',
			'spine-widgets',
			'spine_widgets_main',
			array(
				'key'       => $key,
				'label_for' => 'spine_widgets_' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'spine_widgets_settings_init' );

/**
 * Prints one field of the settings page.
 *
 * @param array $args The field's key.
 */
function spine_widgets_settings_field( $args ) {
	$settings = spine_widgets_settings();
	$key      = $args['key'];
	$id       = 'spine_widgets_' . $key;
	$name     = SPINE_WIDGETS_OPTION . '[' . $key . ']';
	switch ( $key ) {
		case 'phone':
			printf( '<input type="tel" class="regular-text" id="%s" name="%s" value="%s" />', esc_attr( $id ), esc_attr( $name ), esc_attr( $settings['phone'] ) );
			echo '<p class="description">' . esc_html__( 'Shown with every consultation button, and when a request cannot be sent.', 'spine-widgets' ) . '</p>';
			break;
		case 'privacy_page':
			wp_dropdown_pages(
				array(
					'name'              => esc_attr( $name ),
					'id'                => esc_attr( $id ),
					'selected'          => absint( $settings['privacy_page'] ),
					'show_option_none'  => esc_html__( '(none)', 'spine-widgets' ),
					'option_none_value' => '0',
				)
			);
			break;
		case 'brand_color':
			printf( '<input type="text" class="small-text" id="%s" name="%s" value="%s" placeholder="#0a58a8" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" />', esc_attr( $id ), esc_attr( $name ), esc_attr( $settings['brand_color'] ) );
			echo '<p class="description">' . esc_html__( 'Buttons, links and accents, for example #0a58a8. Empty: the widgets\' own blue.', 'spine-widgets' ) . '</p>';
			break;
		case 'language':
			printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( array(
				'auto' => __( 'The page\'s language', 'spine-widgets' ),
				'en'   => __( 'English', 'spine-widgets' ),
				'es'   => __( 'Spanish', 'spine-widgets' ),
			) as $value => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $settings['language'], $value, false ), esc_html( $label ) );
			}
			echo '</select>';
			break;
		case 'destination':
			printf(
				'<fieldset id="%s"><label><input type="radio" name="%s" value="plugin"%s /> %s</label><br /><label><input type="radio" name="%s" value="external"%s /> %s</label> <input type="url" class="regular-text" name="%s" value="%s" placeholder="https://" aria-label="%s" /></fieldset>',
				esc_attr( $id ),
				esc_attr( $name ),
				checked( $settings['destination'], 'plugin', false ),
				esc_html__( 'This site: kept under Consultation requests, with an email notice to the site admin (no patient details in it)', 'spine-widgets' ),
				esc_attr( $name ),
				checked( $settings['destination'], 'external', false ),
				esc_html__( 'Another endpoint:', 'spine-widgets' ),
				esc_attr( SPINE_WIDGETS_OPTION . '[external_url]' ),
				esc_attr( $settings['external_url'] ),
				esc_attr__( 'External endpoint URL', 'spine-widgets' )
			);
			break;
	}
}

/** Adds Settings -> Spine Widgets. */
function spine_widgets_settings_menu() {
	add_options_page( __( 'Spine Widgets', 'spine-widgets' ), __( 'Spine Widgets', 'spine-widgets' ), 'manage_options', 'spine-widgets', 'spine_widgets_settings_page' );
}
add_action( 'admin_menu', 'spine_widgets_settings_menu' );

/** Prints the settings page. */
function spine_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'spine_widgets' );
	do_settings_sections( 'spine-widgets' );
	submit_button();
	echo '</form></div>';
}
