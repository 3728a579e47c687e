<?php
/**
 * The plugin's own receiver, POST /wp-json/spine-widgets/v1/consult, with the contract of the reference receiver
 * (spine-widgets/server): JSON or url-encoded; 422 { "errors": { "<field>": "<message>" } }; CORS only for the
 * site's origin; the same Idempotency-Key (or body requestId) stored once. Requests are kept as a private post type
 * only users with the dedicated capability can read; the site admin gets a notice without the patient's details.
 * Nothing is logged.
 *
 * @package SpineWidgets
 */

defined( 'ABSPATH' ) || exit;

const SPINE_WIDGETS_CAPABILITY = 'read_spine_requests';
const SPINE_WIDGETS_POST_TYPE  = 'spine_request';
const SPINE_WIDGETS_MAX_BYTES  = 16384;
/** The form's fields and the page details the widget sends with them; anything else is dropped. */
const SPINE_WIDGETS_FIELDS = array( 'kind', 'name', 'phone', 'email', 'contactPreference', 'reason', 'message', 'consent', 'guide', 'page', 'lang', 'submittedAt', 'requestId' );

/** The private post type that holds the requests. */
function spine_widgets_register_post_type() {
	$cap = SPINE_WIDGETS_CAPABILITY;
	register_post_type(
		SPINE_WIDGETS_POST_TYPE,
		array(
			'labels'              => array(
				'name'          => __( 'Consultation requests', 'spine-widgets' ),
				'singular_name' => __( 'Consultation request', 'spine-widgets' ),
				'menu_name'     => __( 'Consultation requests', 'spine-widgets' ),
				'edit_item'     => __( 'Consultation request', 'spine-widgets' ),
			),
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_ui'             => true,
			'show_in_menu'        => true,
			'show_in_rest'        => false,
			'show_in_nav_menus'   => false,
			'menu_icon'           => 'dashicons-email-alt',
			'supports'            => array( 'title' ),
			'can_export'          => true,
			'rewrite'             => false,
			'query_var'           => false,
			'map_meta_cap'        => true,
			'capability_type'     => array( 'spine_request', 'spine_requests' ),
			// Every capability is the plugin's own: nobody reads requests until given read_spine_requests.
			'capabilities'        => array(
				'read'                   => $cap,
				'edit_posts'             => $cap,
				'edit_others_posts'      => $cap,
				'edit_private_posts'     => $cap,
				'edit_published_posts'   => $cap,
				'read_private_posts'     => $cap,
				'delete_posts'           => $cap,
				'delete_private_posts'   => $cap,
				'delete_others_posts'    => $cap,
				'delete_published_posts' => $cap,
				'publish_posts'          => 'do_not_allow',
				'create_posts'           => 'do_not_allow',
			),
		)
	);
}
add_action( 'init', 'spine_widgets_register_post_type' );

/** The route. */
function spine_widgets_register_route() {
	register_rest_route(
		'spine-widgets/v1',
		'/consult',
		array(
			'methods'             => 'POST',
			'callback'            => 'spine_widgets_receive',
			'permission_callback' => '__return_true',
		)
	);
}
add_action( 'rest_api_init', 'spine_widgets_register_route' );

/**
 * A JSON answer.
 *
 * @param int   $status HTTP status.
 * @param array $body   The body.
 * @return WP_REST_Response
 */
function spine_widgets_answer( $status, $body ) {
	return new WP_REST_Response( $body, $status );
}

/**
 * Receives one consultation (or guide) request.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function spine_widgets_receive( $request ) {
	if ( strlen( (string) $request->get_body() ) > SPINE_WIDGETS_MAX_BYTES ) {
		return spine_widgets_answer( 413, array( 'message' => __( 'The request is too large.', 'spine-widgets' ) ) );
	}
	$type = $request->get_content_type();
	$type = $type ? $type['value'] : '';
	if ( 'application/json' === $type ) {
		$params = $request->get_json_params();
	} elseif ( 'application/x-www-form-urlencoded' === $type ) {
		$params = $request->get_body_params();
	} else {
		return spine_widgets_answer( 415, array( 'message' => __( 'Send JSON or a url-encoded form.', 'spine-widgets' ) ) );
	}
	if ( ! is_array( $params ) ) {
		return spine_widgets_answer( 400, array( 'message' => __( 'The body is not valid JSON.', 'spine-widgets' ) ) );
	}

	// Bots fill the hidden field: they get a success, and nothing is kept.
	if ( ! empty( $params['website'] ) ) {
		return spine_widgets_answer( 200, array( 'ok' => true ) );
	}

	$fields = spine_widgets_clean_fields( $params );
	$errors = spine_widgets_validate( $fields );
	if ( $errors ) {
		return spine_widgets_answer( 422, array( 'errors' => $errors ) );
	}

	$key = $request->get_header( 'idempotency_key' );
	$key = $key ? $key : ( isset( $fields['requestId'] ) ? $fields['requestId'] : '' );
	$key = substr( preg_replace( '/[^A-Za-z0-9_.:-]/', '', (string) $key ), 0, 128 );
	if ( '' !== $key && spine_widgets_find_request( $key ) ) {
		return spine_widgets_answer( 200, array( 'ok' => true ) );
	}

	$kind  = 'guide' === $fields['kind'] ? 'guide' : 'consultation';
	$title = 'guide' === $kind ? __( 'Guide request', 'spine-widgets' ) : __( 'Consultation request', 'spine-widgets' );
	$id    = wp_insert_post(
		array(
			'post_type'   => SPINE_WIDGETS_POST_TYPE,
			'post_status' => 'private',
			/* translators: %s: date and time the request arrived */
			'post_title'  => sprintf( '%1$s, %2$s', $title, wp_date( 'Y-m-d H:i' ) ),
			'post_author' => 0,
			'meta_input'  => array(
				'_spine_widgets_key'    => $key,
				'_spine_widgets_kind'   => $kind,
				'_spine_widgets_fields' => wp_json_encode( $fields ),
			),
		),
		true
	);
	if ( is_wp_error( $id ) || ! $id ) {
		// Not kept, so the widget's retry (same key) can store it.
		return spine_widgets_answer( 503, array( 'message' => __( 'The request could not be saved. Please try again.', 'spine-widgets' ) ) );
	}
	spine_widgets_notify( $id, $kind );
	return spine_widgets_answer( 200, array( 'ok' => true ) );
}

/**
 * The known fields, as clean text; utm_* campaign fields are kept too.
 *
 * @param array $params What was sent.
 * @return array
 */
function spine_widgets_clean_fields( $params ) {
	$fields = array( 'kind' => 'consultation' );
	foreach ( $params as $name => $value ) {
		$name = (string) $name;
		if ( ! in_array( $name, SPINE_WIDGETS_FIELDS, true ) && ! preg_match( '/^utm_[a-z0-9_]{1,40}$/', $name ) ) {
			continue;
		}
		if ( 'consent' === $name ) {
			$fields['consent'] = true === $value || in_array( strtolower( (string) $value ), array( 'true', '1', 'on', 'yes' ), true );
			continue;
		}
		if ( is_array( $value ) || is_object( $value ) ) {
			continue;
		}
		$fields[ $name ] = 'message' === $name ? sanitize_textarea_field( (string) $value ) : sanitize_text_field( (string) $value );
	}
	return $fields;
}

/**
 * The widget's own rules, from lead-rules.json, which `npm run build` writes from the widget's modules
 * (src/shared/lead-rules.ts and its English messages), so the plugin, the widget and spine-widgets/server refuse the
 * same things with the same words.
 *
 * @return array{maxLength: array<string, int>, phoneDigits: int, messages: array<string, string>, tooLong: string}
 */
function spine_widgets_lead_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$rules = json_decode( (string) file_get_contents( SPINE_WIDGETS_DIR . '/lead-rules.json' ), true );
	}
	return $rules;
}

/**
 * The widget's own rules: a name; a phone or an email (valid if given); consent; sensible lengths. A guide
 * request needs an email.
 *
 * @param array $fields Clean fields.
 * @return array<string, string> Messages by field; empty when all is well.
 */
function spine_widgets_validate( $fields ) {
	$rules  = spine_widgets_lead_rules();
	$errors = array();
	$value  = function ( $name ) use ( $fields ) {
		return isset( $fields[ $name ] ) ? trim( (string) $fields[ $name ] ) : '';
	};
	$say    = $rules['messages'];
	if ( '' === $value( 'name' ) ) {
		$errors['name'] = $say['name'];
	}
	$email = $value( 'email' );
	$phone = $value( 'phone' );
	if ( '' !== $email && ! is_email( $email ) ) {
		$errors['email'] = $say['email'];
	}
	if ( '' !== $phone && ( ! preg_match( '/^\+?[\d\s().-]+$/', $phone ) || strlen( preg_replace( '/\D/', '', $phone ) ) < $rules['phoneDigits'] ) ) {
		$errors['phone'] = $say['phone'];
	}
	if ( 'guide' === $value( 'kind' ) ) {
		if ( '' === $email ) {
			$errors['email'] = $say['emailNeeded'];
		}
	} elseif ( '' === $email && '' === $phone ) {
		$errors['phone'] = $say['contact'];
	}
	if ( empty( $fields['consent'] ) ) {
		$errors['consent'] = $say['consent'];
	}
	foreach ( $rules['maxLength'] as $name => $limit ) {
		if ( ! isset( $errors[ $name ] ) && mb_strlen( $value( $name ) ) > $limit ) {
			$errors[ $name ] = sprintf( $rules['tooLong'], $limit );
		}
	}
	return $errors;
}

/**
 * The request already stored under an idempotency key, if any.
 *
 * @param string $key The key.
 * @return int Its post ID, or 0.
 */
function spine_widgets_find_request( $key ) {
	$found = get_posts(
		array(
			'post_type'        => SPINE_WIDGETS_POST_TYPE,
			'post_status'      => 'any',
			'fields'           => 'ids',
			'posts_per_page'   => 1,
			'no_found_rows'    => true,
			'suppress_filters' => true,
			'meta_key'         => '_spine_widgets_key', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- one indexed lookup per request.
			'meta_value'       => $key, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value
		)
	);
	return $found ? (int) $found[0] : 0;
}

/**
 * Tells the site admin a request arrived: a link to it, never the patient's details (email is not a safe place
 * for health information).
 *
 * @param int    $id   The stored request.
 * @param string $kind consultation or guide.
 */
function spine_widgets_notify( $id, $kind ) {
	$site    = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	$subject = 'guide' === $kind
		/* translators: %s: site name */
		? sprintf( __( '[%s] New guide request', 'spine-widgets' ), $site )
		/* translators: %s: site name */
		: sprintf( __( '[%s] New consultation request', 'spine-widgets' ), $site );
	$body = sprintf(
		/* translators: %s: link to the request in the dashboard */
		__( "A new request arrived on your website. For the patient's privacy this email holds none of their details: sign in to read it.\n\n%s", 'spine-widgets' ),
		admin_url( 'post.php?post=' . absint( $id ) . '&action=edit' )
	);
	wp_mail( get_option( 'admin_email' ), $subject, $body );
}

/**
 * CORS: the receiver answers browsers only for the site's own origin (WordPress's default would echo any origin).
 *
 * @param bool            $served  Whether the request was served already.
 * @param mixed           $result  The result.
 * @param WP_REST_Request $request The request.
 * @return bool
 */
function spine_widgets_cors( $served, $result, $request ) {
	if ( 0 !== strpos( $request->get_route(), '/spine-widgets/v1/' ) || headers_sent() ) {
		return $served;
	}
	foreach ( array( 'Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers' ) as $header ) {
		header_remove( $header );
	}
	$origin = get_http_origin();
	if ( $origin && in_array( strtolower( $origin ), spine_widgets_site_origins(), true ) ) {
		header( 'Access-Control-Allow-Origin: ' . esc_url_raw( $origin ) );
		header( 'Access-Control-Allow-Methods: POST, OPTIONS' );
		header( 'Access-Control-Allow-Headers: Content-Type, Idempotency-Key' );
		header( 'Access-Control-Expose-Headers: Retry-After' );
		header( 'Access-Control-Max-Age: 600' );
	}
	header( 'Vary: Origin', false );
	return $served;
}
add_filter( 'rest_pre_serve_request', 'spine_widgets_cors', 20, 3 );

/**
 * The site's origins (the front end and, when it differs, the admin).
 *
 * @return string[]
 */
function spine_widgets_site_origins() {
	$origins = array();
	foreach ( array( home_url(), site_url() ) as $url ) {
		$parts = wp_parse_url( $url );
		if ( ! empty( $parts['scheme'] ) && ! empty( $parts['host'] ) ) {
			$origins[] = strtolower( $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' ) );
		}
	}
	return array_unique( $origins );
}

/** Shows a stored request's fields, read-only, to those who may read it. */
function spine_widgets_request_meta_box() {
	add_meta_box(
		'spine-widgets-request',
		__( 'Request', 'spine-widgets' ),
		function ( $post ) {
			$fields = json_decode( (string) get_post_meta( $post->ID, '_spine_widgets_fields', true ), true );
			echo '<table class="widefat striped"><tbody>';
			foreach ( (array) $fields as $name => $value ) {
				$shown = is_bool( $value ) ? ( $value ? __( 'yes', 'spine-widgets' ) : __( 'no', 'spine-widgets' ) ) : (string) $value;
				echo '<tr><th scope="row">' . esc_html( $name ) . '</th><td>' . nl2br( esc_html( $shown ) ) . '</td></tr>';
			}
			echo '</tbody></table>';
		},
		SPINE_WIDGETS_POST_TYPE,
		'normal',
		'high'
	);
}
add_action( 'add_meta_boxes_' . SPINE_WIDGETS_POST_TYPE, 'spine_widgets_request_meta_box' );
