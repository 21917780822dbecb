// Live progress on the Übersicht: polls the JSON endpoint and reloads the page once a run has finished, so the new
// run appears in the table. While no run works it polls only for a few minutes, so an idle page does not keep the
// session alive forever.
(function () {
    'use strict';
    var IDLE_POLLS = 30;

    function start() {
        var element = document.getElementById('fortschritt');
        if (!element || !window.fetch) {
            return;
        }
        var url = element.getAttribute('data-url');
        // A run can start elsewhere (schedule, command line): the button follows the state.
        var button = document.getElementById('lauf-starten');
        var running = element.getAttribute('data-running') === 'true';
        var idlePolls = 0;

        function schedule() {
            window.setTimeout(poll, running ? 1500 : 10000);
        }

        function poll() {
            window.fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'})
                .then(function (response) {
                    var type = response.headers.get('Content-Type') || '';
                    if (!response.ok || type.indexOf('json') < 0) {
                        throw new Error('no progress');
                    }
                    return response.json();
                })
                .then(function (progress) {
                    if (element.textContent !== progress.text) {
                        element.textContent = progress.text;
                    }
                    if (button) {
                        button.disabled = progress.running;
                    }
                    if (running === true && !progress.running) {
                        window.location.reload();
                        return;
                    }
                    running = progress.running;
                    idlePolls = running ? 0 : idlePolls + 1;
                    if (running || idlePolls < IDLE_POLLS) {
                        schedule();
                    }
                })
                .catch(function () {
                    // Logged out or server gone: stop polling; the page shows the last known state.
                });
        }

        // The page was just rendered with the current state: the first question can wait.
        schedule();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
