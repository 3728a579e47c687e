<?php
/**
 * Plugin Name:       Spine Widgets
 * Plugin URI:        https://www.npmjs.com/package/spine-widgets
 * Description:       Procedure cards, surgery benefits, a specialist checklist and a consultation button for spine and pain clinic sites, as blocks and shortcodes, with a private inbox for consultation requests.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       spine-widgets
 *
 * @package SpineWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SPINE_WIDGETS_VERSION', '1.0.0' );
define( 'SPINE_WIDGETS_FILE', __FILE__ );
define( 'SPINE_WIDGETS_DIR', __DIR__ );

require_once SPINE_WIDGETS_DIR . '/includes/widgets.php';
require_once SPINE_WIDGETS_DIR . '/includes/settings.php';
require_once SPINE_WIDGETS_DIR . '/includes/requests.php';

register_activation_hook( __FILE__, 'spine_widgets_activate' );

/**
 * On activation: administrators may read consultation requests (the capability is the plugin's own, so no other
 * role can until a site owner grants it).
 */
function spine_widgets_activate() {
	$admin = get_role( 'administrator' );
	if ( $admin ) {
		$admin->add_cap( SPINE_WIDGETS_CAPABILITY );
	}
}
