/*
 * The network dashboard's charts, drawn from the tables on the page (table[data-chart] names its canvas): rows are
 * the chart's labels, the columns marked data-series its series. A cell without data-value (a suppressed figure,
 * or none) is left out of the chart, never drawn as zero. Without JavaScript the tables carry the same figures.
 */
(function () {
    'use strict';

    function series(table) {
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        var datasets = [];
        headers.forEach(function (header, column) {
            if (!header.hasAttribute('data-series')) {
                return;
            }
            datasets.push({
                label: header.textContent.trim(),
                data: rows.map(function (row) {
                    var cell = row.cells[column + 1];
                    return cell.hasAttribute('data-value') ? parseFloat(cell.getAttribute('data-value')) : null;
                })
            });
        });
        return {
            labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
            datasets: datasets
        };
    }

    function draw(table) {
        var canvas = document.getElementById(table.getAttribute('data-chart'));
        if (!canvas) {
            return;
        }
        var unit = canvas.getAttribute('data-unit') || '';
        var locale = document.documentElement.lang || undefined;
        new Chart(canvas, {
            type: canvas.getAttribute('data-type') || 'bar',
            data: series(table),
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                spanGaps: false,
                locale: locale,
                scales: {
                    y: {
                        beginAtZero: true,
                        ticks: {
                            precision: unit ? undefined : 0,
                            callback: function (value) { return value.toLocaleString(locale) + (unit ? ' ' + unit : ''); }
                        }
                    }
                }
            }
        });
    }

    function drawAll() {
        if (typeof Chart === 'undefined') {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
