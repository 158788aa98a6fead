// Reads a GEXF file with graphology-gexf, the GEXF reader of the JavaScript graph library the HTML
// page uses, and prints what it found as JSON: node count, edge count, each node's label and kind,
// and each edge's (source, relation, target, valid_from, evidence_count). Usage:
//   node gexf_graphology_check.cjs WEB_BUILD_DIR FILE.gexf
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const [webBuild, file] = process.argv.slice(2);
const requireFromWeb = createRequire(path.join(path.resolve(webBuild), 'package.json'));
const Graph = requireFromWeb('graphology');
const gexf = requireFromWeb('graphology-gexf');
const graph = gexf.parse(Graph, fs.readFileSync(file, 'utf8'));
const nodes = {};
graph.forEachNode((id, a) => { nodes[id] = [a.label, a.kind]; });
const edges = [];
graph.forEachEdge((id, a, source, target) => {
  edges.push([source, a.relation, target, a.valid_from || '', a.evidence_count]);
});
process.stdout.write(JSON.stringify({ type: graph.type, multi: graph.multi, order: graph.order, size: graph.size, nodes, edges }));
