// The graph library the HTML export embeds, as one script that sets window.StancegraphLib: sigma
// draws with WebGL (fast at tens of thousands of edges), graphology holds the graph, ForceAtlas2
// lays it out in the page (the exporter streams rows and never holds the graph to lay it out).
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";

window.StancegraphLib = { Graph, Sigma, forceAtlas2 };
