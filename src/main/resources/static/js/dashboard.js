// Draws the dashboard's charts with ECharts from the data-chart attribute of each .chart element (no inline script:
// the page works under script-src 'self'). The numbers are also in the table under each chart.
(function () {
  'use strict';

  var COLORS = ['#b71c1c', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#5d4037', '#c2185b', '#546e7a',
    '#ef6c00', '#283593'];
  var number = new Intl.NumberFormat('vi-VN');

  function base() {
    return {
      color: COLORS,
      animation: false,
      textStyle: { fontFamily: '"Segoe UI", "Liberation Sans", Arial, sans-serif' },
      grid: { left: 48, right: 16, top: 36, bottom: 28, containLabel: true }
    };
  }

  function legend(series) {
    return { top: 0, data: series.map(function (s) { return s.name; }) };
  }

  function bars(chart, stacked) {
    var option = base();
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number.format };
    option.legend = legend(chart.series);
    option.xAxis = { type: 'category', data: chart.categories };
    option.yAxis = { type: 'value', minInterval: 1 };
    option.series = chart.series.map(function (s) {
      return { name: s.name, type: 'bar', stack: stacked ? 'total' : undefined, data: s.data, barMaxWidth: 36 };
    });
    return option;
  }

  // the first series to the left of the axis, the second to the right
  function pyramid(chart) {
    var option = base();
    option.tooltip = {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: function (v) { return number.format(Math.abs(v)); }
    };
    option.legend = legend(chart.series);
    option.xAxis = {
      type: 'value', minInterval: 1,
      axisLabel: { formatter: function (v) { return number.format(Math.abs(v)); } }
    };
    option.yAxis = { type: 'category', data: chart.categories, axisTick: { show: false } };
    option.series = chart.series.map(function (s, i) {
      return {
        name: s.name, type: 'bar', stack: 'ages', barWidth: '60%',
        data: s.data.map(function (v) { return i === 0 ? -v : v; })
      };
    });
    return option;
  }

  function pie(chart) {
    var option = base();
    option.tooltip = { trigger: 'item', formatter: function (p) {
      return p.name + ': ' + number.format(p.value) + ' (' + p.percent + ' %)';
    } };
    option.legend = { bottom: 0, itemGap: 6, itemWidth: 14, textStyle: { fontSize: 11 }, data: chart.categories };
    option.series = [{
      name: chart.series[0].name, type: 'pie', radius: ['30%', '58%'], center: ['50%', '42%'],
      label: { formatter: '{d} %' },
      data: chart.categories.map(function (c, i) {
        var value = chart.series[0].data[i];
        return { name: c, value: value, label: { show: value > 0 }, labelLine: { show: value > 0 } };
      })
    }];
    return option;
  }

  function total(chart) {
    return chart.series.reduce(function (sum, s) {
      return sum + s.data.reduce(function (a, b) { return a + b; }, 0);
    }, 0);
  }

  // nothing to draw: say so rather than draw empty bars or a pie of equal zero slices
  function empty(chart) {
    return {
      title: {
        text: chart.empty, left: 'center', top: 'middle',
        textStyle: { color: '#5f6b7a', fontSize: 13, fontWeight: 'normal' }
      }
    };
  }

  function option(chart) {
    if (total(chart) === 0) {
      return empty(chart);
    }
    switch (chart.kind) {
      case 'stacked': return bars(chart, true);
      case 'pyramid': return pyramid(chart);
      case 'pie': return pie(chart);
      default: return bars(chart, false);
    }
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var drawn = [];
    document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(option(JSON.parse(element.getAttribute('data-chart'))));
      element.classList.add('drawn');
      drawn.push(chart);
    });
    window.addEventListener('resize', function () {
      drawn.forEach(function (c) { c.resize(); });
    });
    window.addEventListener('beforeprint', function () {
      drawn.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
