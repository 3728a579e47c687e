/* Blocks of the Spine Widgets plugin in the block editor: the main attributes in the sidebar and a live preview
 * rendered by the server (the same markup visitors get). Plain JavaScript on the wp.* globals: no build step. */
(function (wp, settings) {
  if (!wp || !wp.blocks || !settings) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  // heading-level -> headingLevel, as the block attributes (block.json) name them.
  function camel(name) {
    return name.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  function control(name, definition, attributes, setAttributes) {
    var key = camel(name);
    var value = attributes[key];
    var set = function (next) {
      var change = {};
      change[key] = next;
      setAttributes(change);
    };
    if (definition.type === 'boolean') {
      return el(components.ToggleControl, { key: key, label: name, checked: !!value, onChange: set });
    }
    if (definition.options) {
      var options = [{ label: __('(default)', 'spine-widgets'), value: '' }].concat(
        definition.options.map(function (option) {
          return { label: option, value: option };
        }),
      );
      return el(components.SelectControl, { key: key, label: name, value: value || '', options: options, onChange: function (next) { set(next || undefined); } });
    }
    if (definition.type === 'number') {
      return el(components.TextControl, {
        key: key,
        label: name,
        type: 'number',
        value: value === undefined ? '' : value,
        onChange: function (next) {
          set(next === '' ? undefined : Number(next));
        },
      });
    }
    return el(components.TextControl, { key: key, label: name, value: value || '', onChange: function (next) { set(next || undefined); } });
  }

  Object.keys(settings.widgets).forEach(function (tag) {
    var widget = settings.widgets[tag];
    var name = 'spine-widgets/' + tag;
    if (wp.blocks.getBlockType(name) && wp.blocks.getBlockType(name).edit) return;
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var blockProps = useBlockProps();
        var controls = Object.keys(widget.attributes)
          .filter(function (attribute) {
            return widget.attributes[attribute].sidebar;
          })
          .map(function (attribute) {
            return control(attribute, widget.attributes[attribute], props.attributes, props.setAttributes);
          });
        return el(
          Fragment,
          null,
          el(InspectorControls, null, el(components.PanelBody, { title: widget.title, initialOpen: true }, controls)),
          el('div', blockProps, el(ServerSideRender, { block: name, attributes: props.attributes })),
        );
      },
      // Dynamic block: the server renders it from its attributes, so no custom tag is stored in the post.
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.spineWidgetsEditor);
