import { ancestors, buildModel } from '../../../src/dockerfile/model.js';

describe('ancestors', () => {
  const model = buildModel(
    'FROM golang:1.26 AS base\nFROM base AS build\nFROM alpine AS other\nFROM build AS final\n',
  );
  const names = (i: number) => [...ancestors(model.stages, model.stages[i])].map((s) => s.name);

  it('yields the stage, then the stages it is built FROM, nearest first', () => {
    expect(names(3)).toEqual(['final', 'build', 'base']);
    expect(names(2)).toEqual(['other']);
  });

  it('yields nothing for no stage', () => {
    expect([...ancestors(model.stages, undefined)]).toEqual([]);
  });
});
