<?php
/**
 * Uninstalling (Plugins -> Delete) removes the settings, the capability and the stored consultation requests.
 * Export the requests first: Tools -> Export -> Consultation requests (see readme.txt).
 *
 * @package SpineWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'spine_widgets_settings' );

foreach ( wp_roles()->role_objects as $role ) {
	$role->remove_cap( 'read_spine_requests' );
}

do {
	$ids = get_posts(
		array(
			'post_type'        => 'spine_request',
			'post_status'      => 'any',
			'fields'           => 'ids',
			'posts_per_page'   => 100,
			'suppress_filters' => true,
		)
	);
	foreach ( $ids as $id ) {
		wp_delete_post( $id, true );
	}
} while ( $ids );
