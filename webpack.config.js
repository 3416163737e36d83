// Builds the Excel add-in into dist/:
//   functions.js + functions.json (metadata from the JSDoc of functions/functions.ts) + functions.html
//   taskpane.js + taskpane.html (the shared-runtime page: office.js, then functions.js, then taskpane.js)
//   demo.js + demo.html (the pane over the fake host and a bundled example: ?book=broken|lasse|empty|foreign&lang=fi|sv|en)
//   manifest.xml (https://localhost:3000/ replaced by --env url=… or ADDIN_URL; <Version> from package.json,
//   or --env version=… / ADDIN_VERSION) and assets/icon-*.png
//
//   npx webpack --mode production --env url=https://example.org/kaste/   the add-in for a web server
//   ADDIN_URL=https://example.org/kaste/ npx webpack --mode production   the same, for a CI job that sets variables
//   npx webpack --mode development                                      the add-in for https://localhost:3000/
//   npx webpack serve --mode development                                the same, served over https on port 3000
// --env outDir=… writes somewhere else than dist/ (the tests build into a temporary folder).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The URL the checked-in manifest.xml points at: the dev server. */
const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** The add-in's base URL from --env url=… (or ADDIN_URL, named `source` in errors), with a trailing slash; Office loads add-ins over https only. */
function baseUrlOf(url, source = "--env url") {
  if (url === undefined || url === true || url === "") return DEV_URL;
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(`${source}=${url} is not a URL`);
  }
  if (parsed.protocol !== "https:") throw new Error(`${source}=${url}: Office loads add-ins over https only`);
  if (parsed.search || parsed.hash) throw new Error(`${source}=${url}: give the folder URL, without ? or #`);
  return parsed.href.endsWith("/") ? parsed.href : parsed.href + "/";
}

/**
 * The manifest's four-part <Version> from package.json's version (1.2.3 → 1.2.3.0) or one given.
 * Office offers an update to users only when this number grows, so it follows the release.
 */
function manifestVersionOf(version) {
  const text = String(version);
  const parts = text.split(".");
  if (!/^\d+(\.\d+){0,3}$/.test(text) || parts.some((part) => Number(part) > 65535)) {
    throw new Error(`version ${text}: the manifest needs one to four numbers 0–65535 separated by dots, such as 1.2.3.0`);
  }
  return [...parts, "0", "0", "0"].slice(0, 4).map(Number).join(".");
}

/** The manifest for `baseUrl` and `version`: every dev URL moved, and out of the dev server its comments (about the dev URLs) dropped. */
function manifestFor(xml, baseUrl, version) {
  const versioned = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (baseUrl === DEV_URL) return versioned;
  return versioned
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_URL)
    .join(baseUrl.replace(/&/g, "&amp;"));
}

/** The dev certificates of `npx office-addin-dev-certs install` when present; otherwise webpack-dev-server makes a self-signed one. */
function httpsServer() {
  const folder = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(folder, "localhost.crt");
  const key = path.join(folder, "localhost.key");
  const ca = path.join(folder, "ca.crt");
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return {
      type: "https",
      options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) },
    };
  }
  return "https";
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode ?? "production") === "production";
  const baseUrl = env.url !== undefined ? baseUrlOf(env.url) : baseUrlOf(process.env.ADDIN_URL, "ADDIN_URL");
  const version = manifestVersionOf(env.version ?? (process.env.ADDIN_VERSION || require("./package.json").version));
  const outDir = path.resolve(__dirname, env.outDir ? String(env.outDir) : "dist");
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    devtool: production ? false : "source-map",
    entry: {
      functions: "./functions/functions.ts",
      taskpane: "./taskpane/taskpane.ts",
      demo: "./demo/demo.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type-checking is `npx tsc -p . --noEmit`; the bundle only needs the JavaScript.
          // ES2020: BigInt (allocate) without newer syntax that older Office web views lack.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, target: "ES2020", sourceMap: !production } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./functions/functions.html",
        chunks: ["functions"],
      }),
      // The shared runtime: the task pane page also runs the functions (manifest: Runtime and Page = taskpane.html).
      // The page loads both bundles; taskpane.ts never imports functions/.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The demo: the pane over the fake host and a bundled example, without office.js (no network at all)
      new HtmlWebpackPlugin({
        filename: "demo.html",
        templateContent: () =>
          fs
            .readFileSync(path.join(__dirname, "taskpane/taskpane.html"), "utf8")
            .replace(/<!--[^>]*office\.js[\s\S]*?-->\s*<script src="https:\/\/appsforoffice[^"]*"><\/script>/, "")
            .replace("<title>KASTE Ledger</title>", "<title>KASTE Ledger – demo</title>"),
        chunks: ["demo"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: {
              cache: false,
              transformer: (content) => Buffer.from(manifestFor(content.toString("utf8"), baseUrl, version)),
            },
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};

// For the tests: the manifest transformation without a build.
module.exports.manifestFor = manifestFor;
module.exports.manifestVersionOf = manifestVersionOf;
