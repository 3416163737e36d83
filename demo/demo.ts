/** The demo page (dist/demo.html): the real task pane over the fake host that install.ts puts in place first. */
import "./install";
import "../taskpane/taskpane";
