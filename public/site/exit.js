// Quick exit for the help site, added on top of a plain link that already
// works without JavaScript. With this file the exit also:
// - hides the page at once and leaves with location.replace, so Back does
//   not return to it;
// - works by pressing Shift three times within 5 seconds (Shift used with
//   another key does not count), each press announced in a status region.
(function () {
  'use strict';
  var link = document.getElementById('snel-weg');
  if (!link || !window.location.replace) return;
  var status = document.getElementById('snel-weg-status');
  var hint = document.getElementById('snel-weg-hint');
  if (hint) hint.hidden = false;

  function say(text) {
    if (status) status.textContent = text;
  }

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.className += ' leaving';
    window.location.replace(link.href);
  }

  link.addEventListener('click', leave);

  var presses = 0;
  var timer = 0;
  var shiftHeld = false;
  var usedAsModifier = false;

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      if (!event.repeat) {
        shiftHeld = true;
        usedAsModifier = false;
      }
    } else if (shiftHeld) {
      usedAsModifier = true;
    }
  });

  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') return;
    shiftHeld = false;
    if (usedAsModifier) return;
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      say('Je gaat nu weg van deze website.');
      leave();
      return;
    }
    say('Shift ' + presses + ' keer ingedrukt. Druk nog ' + (3 - presses) + ' keer op Shift om snel weg te gaan.');
    timer = window.setTimeout(function () {
      presses = 0;
      say('Snel weg met Shift is gestopt.');
    }, 5000);
  });
})();
