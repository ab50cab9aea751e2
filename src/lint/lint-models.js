#!/usr/bin/env node
/*
 * Lints every BPMN model (*.bpmn) below the current working directory with
 * bpmnlint, using the .bpmnlintrc found there (bpmn/.bpmnlintrc:
 * bpmnlint:recommended + plugin:camunda-compat/camunda-platform-7-24).
 *
 * Run by `mvn verify` (exec-maven-plugin, working directory bpmn/) after
 * `npm ci` in src/lint/. By hand:
 *
 *   cd src/lint && npm ci && cd ../../bpmn && node ../src/lint/lint-models.js
 *
 * bpmnlint, its plug-ins and the Camunda 7 moddle extension are resolved from
 * src/lint/node_modules (next to this script), not from the models' folder,
 * so bpmn/ needs no node_modules of its own.
 *
 * Every finding counts as a problem, whatever its category (error, warning,
 * info, rule failure, XML import warning): the script prints each one with
 * file, element id and rule, then a summary line, and exits with 1 if there
 * was any problem or no model was found (2 on an unexpected failure).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

// resolve everything (bpmnlint, plug-ins named in .bpmnlintrc) from src/lint
const localRequire = createRequire(__filename);

const { Linter } = localRequire('bpmnlint');
const NodeResolver = localRequire('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = localRequire('bpmn-moddle');
const camundaModdle = localRequire('camunda-bpmn-moddle/resources/camunda.json');

const CONFIG_NAME = '.bpmnlintrc';
const SKIPPED_DIRS = new Set([ 'node_modules', 'target' ]);

function findModels(dir) {
  const found = [];

  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);

    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) {
        found.push(...findModels(full));
      }
    } else if (entry.isFile() && entry.name.endsWith('.bpmn')) {
      found.push(full);
    }
  }

  return found.sort();
}

function readConfig(dir) {
  const configPath = path.join(dir, CONFIG_NAME);

  if (!fs.existsSync(configPath)) {
    throw new Error(`no ${CONFIG_NAME} in ${dir}`);
  }

  try {
    return JSON.parse(fs.readFileSync(configPath, 'utf8'));
  } catch (error) {
    throw new Error(`cannot parse ${configPath}: ${error.message}`);
  }
}

async function lintModel(file, linter, moddle) {
  const problems = [];
  const xml = fs.readFileSync(file, 'utf8');

  let rootElement;

  try {
    const result = await moddle.fromXML(xml, 'bpmn:Definitions');

    rootElement = result.rootElement;

    for (const warning of result.warnings || []) {
      problems.push({
        id: warning.element && warning.element.id,
        rule: 'xml-import',
        category: 'error',
        message: String(warning.message).split('\n')[0]
      });
    }
  } catch (error) {
    problems.push({
      rule: 'xml-parse',
      category: 'error',
      message: String(error.message).split('\n')[0]
    });

    return problems;
  }

  const results = await linter.lint(rootElement);

  for (const [ rule, reports ] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({
        id: report.id,
        rule: report.name || rule,
        category: report.category,
        message: report.message
      });
    }
  }

  return problems;
}

async function main() {
  const cwd = process.cwd();
  const config = readConfig(cwd);
  const models = findModels(cwd);

  if (models.length === 0) {
    console.error(`bpmnlint: no *.bpmn model found in ${cwd}`);

    return 1;
  }

  const moddle = new BpmnModdle({ camunda: camundaModdle });

  const linter = new Linter({
    config,
    resolver: new NodeResolver({ require: localRequire })
  });

  let problemCount = 0;

  for (const model of models) {
    const file = path.relative(cwd, model);
    const problems = await lintModel(model, linter, moddle);

    for (const problem of problems) {
      console.log(
        `${file}: ${problem.id || '-'} [${problem.rule}] ${problem.category}: ${problem.message}`
      );
    }

    problemCount += problems.length;
  }

  console.log(
    `bpmnlint: ${models.length} ${models.length === 1 ? 'model' : 'models'}, ` +
    `${problemCount} ${problemCount === 1 ? 'problem' : 'problems'}`
  );

  return problemCount ? 1 : 0;
}

main().then(
  code => {
    process.exitCode = code;
  },
  error => {
    console.error(`bpmnlint: ${error && error.stack || error}`);
    process.exitCode = 2;
  }
);
