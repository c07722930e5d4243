const { src, dest } = require('gulp');

// scripts/build.js emits the JavaScript and the codex files; the node and credential icons are copied next to them.
function copyIcons() {
  return src(['icons/**/*.svg', 'nodes/**/*.svg', 'credentials/**/*.svg'], { base: '.', encoding: false }).pipe(
    dest('dist'),
  );
}

exports['build:icons'] = copyIcons;
