const { src, dest } = require('gulp');

// tsc emits only JavaScript; the node and credential icons are copied next to it.
function copyIcons() {
  return src(['icons/**/*.svg', 'nodes/**/*.svg', 'credentials/**/*.svg'], { base: '.', encoding: false }).pipe(
    dest('dist'),
  );
}

exports['build:icons'] = copyIcons;
