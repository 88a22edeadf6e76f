import { createRequire as __gccCreateRequire } from 'node:module';
const require = __gccCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path12 = this.getPath();
        if (path12 === null || path12.startsWith("/")) {
          return path12;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path12 : parent + "/" + path12;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage2 of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage2.getRange())) {
            return buildStage2;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage2 of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage2.getRange())) {
                buildStage2.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser3;
    (function(DockerfileParser4) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser4.parse = parse;
    })(DockerfileParser3 || (exports.DockerfileParser = DockerfileParser3 = {}));
  }
});

// src/config/config.ts
import path from "node:path";

// src/config/errors.ts
var InputError = class extends Error {
  constructor(input, detail) {
    super(`input '${input}': ${detail}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};

// src/config/reference.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var PATH = `${COMPONENT}(?:/${COMPONENT})*`;
var DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH})(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}))?$`
);
function parseImageReference(text) {
  if (text.length === 0 || text.length > 4096) return void 0;
  const m = REFERENCE.exec(text);
  if (!m) return void 0;
  let domain = m[1];
  let path12 = m[2];
  if (domain !== void 0 && !/[.:]|^localhost$|^\[/.test(domain)) {
    if (!new RegExp(`^${COMPONENT}$`).test(domain)) return void 0;
    path12 = `${domain}/${path12}`;
    domain = void 0;
  }
  const registry = domain ?? "docker.io";
  const repository = registry === "docker.io" && !path12.includes("/") ? `library/${path12}` : path12;
  if (repository.length > 255) return void 0;
  const ref = {
    registry,
    repository
  };
  if (m[3] !== void 0) ref.tag = m[3];
  if (m[4] !== void 0) ref.digest = m[4];
  return ref;
}
var KNOWN_OS = [
  "linux",
  "windows",
  "darwin",
  "freebsd",
  "netbsd",
  "openbsd",
  "illumos",
  "solaris",
  "aix",
  "plan9",
  "js",
  "wasip1",
  "android",
  "ios",
  "dragonfly"
];
var KNOWN_ARCH = [
  "amd64",
  "386",
  "arm",
  "arm64",
  "ppc64le",
  "ppc64",
  "s390x",
  "riscv64",
  "mips64le",
  "mips64",
  "mipsle",
  "mips",
  "loong64",
  "wasm"
];
function parsePlatform(text) {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3) return void 0;
  const [os3, architecture, variant] = parts;
  if (!KNOWN_OS.includes(os3)) return void 0;
  if (!KNOWN_ARCH.includes(architecture)) return void 0;
  if (variant !== void 0 && !/^v[0-9]+(?:\.[0-9]+)?$/.test(variant)) return void 0;
  return variant === void 0 ? { os: os3, architecture } : { os: os3, architecture, variant };
}

// src/pipeline/finding.ts
var SEVERITIES = ["error", "warning", "info"];
var RANK = { error: 3, warning: 2, info: 1 };
function severityRank(s) {
  return RANK[s];
}
function compareFindings(a, b) {
  return RANK[b.severity] - RANK[a.severity] || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}
var DOCS_BASE = "https://github.com/go-container-ci/go-container-ci/blob/main/docs/rules";
function ruleDocsUrl(code) {
  return `${DOCS_BASE}/${code}.md`;
}
function findingFingerprint(f) {
  return [f.code, f.file ?? "", f.message].join("\0");
}

// src/config/inputs.ts
function spec(s) {
  return s;
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function booleanInput(name, description, def) {
  return spec({
    name,
    description,
    default: String(def),
    flag: true,
    parse(raw) {
      const v = raw.trim();
      if (v === "") return def;
      if (TRUE.includes(v)) return true;
      if (FALSE.includes(v)) return false;
      throw new InputError(name, `expected true or false, got '${preview(v)}'`);
    }
  });
}
function stringInput(name, description, def = "", validate, opts = {}) {
  return spec({
    name,
    description,
    default: def,
    ...opts.secret ? { secret: true } : {},
    parse(raw) {
      const v = raw.trim() === "" ? def : raw.trim();
      if (/[\0\r\n]/.test(v)) throw new InputError(name, "expected a single line without control characters");
      const problem = v === "" ? void 0 : validate?.(v);
      if (problem) throw new InputError(name, problem);
      return v;
    }
  });
}
function listInput(name, description, validateItem, splitCommas) {
  return spec({
    name,
    description,
    default: "",
    list: true,
    parse(raw) {
      const items = raw.split(splitCommas ? /[\n,]/ : /\n/).map((s) => s.replace(/\r$/, "").trim()).filter((s) => s !== "" && !s.startsWith("#"));
      for (const item of items) {
        if (item.includes("\0")) throw new InputError(name, "expected text without NUL characters");
        const problem = validateItem(item);
        if (problem) throw new InputError(name, `'${preview(item)}': ${problem}`);
      }
      return Object.freeze([...new Set(items)]);
    }
  });
}
function enumInput(name, description, values, def) {
  return spec({
    name,
    description: `${description} One of: ${values.join(", ")}.`,
    default: def,
    parse(raw) {
      const v = raw.trim() === "" ? def : raw.trim().toLowerCase();
      if (!values.includes(v)) {
        throw new InputError(name, `expected one of ${values.join(", ")}, got '${preview(v)}'`);
      }
      return v;
    }
  });
}
function keyValueInput(name, description, keyPattern, keyHint, opts = {}) {
  return spec({
    name,
    description,
    default: "",
    list: true,
    ...opts.secret ? { secret: true } : {},
    parse(raw) {
      const out = {};
      for (const line of raw.split("\n").map((l) => l.replace(/\r$/, ""))) {
        if (line.trim() === "" || line.trim().startsWith("#")) continue;
        const eq = line.indexOf("=");
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (eq < 0) throw new InputError(name, `expected KEY=VALUE lines, got '${preview(line)}'`);
        if (!keyPattern.test(key))
          throw new InputError(name, `'${preview(key)}' is not a valid key (${keyHint})`);
        if (line.includes("\0")) throw new InputError(name, "expected text without NUL characters");
        out[key] = line.slice(eq + 1);
      }
      return Object.freeze(out);
    }
  });
}
function preview(text, max = 60) {
  const oneLine = JSON.stringify(text).slice(1, -1);
  return oneLine.length > max ? `${oneLine.slice(0, max)}\u2026` : oneLine;
}
var STAGE_NAMES = [
  "discover",
  "lint",
  "snapshot",
  "cache-restore",
  "build",
  "cache-save",
  "analyze",
  "smoke",
  "reproduce",
  "sbom",
  "scan",
  "sign"
];
var FAIL_ON = [...SEVERITIES, "never"];
function validateRelativePath(v) {
  if (v.includes("\0")) return "expected a path";
  return void 0;
}
function lintSeverityInput(name, description) {
  const kv = keyValueInput(name, description, /^GC\d{3}$/, "a rule code like GC109");
  return spec({
    ...kv,
    parse(raw) {
      const out = {};
      for (const [code, value] of Object.entries(kv.parse(raw))) {
        const v = value.trim().toLowerCase();
        if (v !== "off" && !SEVERITIES.includes(v))
          throw new InputError(name, `'${code}=${preview(value)}': expected error, warning, info or off`);
        out[code] = v;
      }
      return Object.freeze(out);
    }
  });
}
var INPUTS = {
  context: stringInput(
    "context",
    "Build context directory, relative to the workspace.",
    ".",
    validateRelativePath
  ),
  dockerfile: stringInput(
    "dockerfile",
    "Path of the Dockerfile, relative to the workspace. Default: `<context>/Dockerfile`.",
    "",
    validateRelativePath
  ),
  target: stringInput(
    "target",
    "Build stage to target (`--target`). Default: the last stage.",
    "",
    (v) => /^[A-Za-z][A-Za-z0-9_.-]*$/.test(v) ? void 0 : "expected a stage name (letters, digits, _ . -)"
  ),
  platforms: listInput(
    "platforms",
    "Target platforms, comma or newline separated (e.g. `linux/amd64,linux/arm64`). Default: the builder's platform.",
    (v) => parsePlatform(v) ? void 0 : "expected os/arch[/variant] with a known os and architecture, e.g. linux/arm64 or linux/arm/v7",
    true
  ),
  tags: listInput(
    "tags",
    "Image references to tag the build with, comma or newline separated (e.g. `ghcr.io/acme/api:1.2.3`).",
    (v) => {
      const ref = parseImageReference(v);
      if (!ref) return "expected an image reference like registry/name:tag (lowercase name)";
      if (ref.digest) return "a tag cannot contain a digest";
      return void 0;
    },
    true
  ),
  push: booleanInput("push", "Push the image to the registry of its tags.", false),
  load: booleanInput("load", "Load the image into the local Docker engine.", false),
  buildArgs: keyValueInput(
    "build-args",
    "Build arguments, one `KEY=VALUE` per line. Never put secrets here: they are visible in the image history.",
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    "letters, digits and _, not starting with a digit"
  ),
  labels: keyValueInput(
    "labels",
    "Image labels, one `KEY=VALUE` per line.",
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
    "letters, digits, . _ / -"
  ),
  builder: stringInput(
    "builder",
    "Name of the buildx builder to use. Default: the current builder.",
    "",
    (v) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v) ? void 0 : "expected a builder name (letters, digits, _ . -)"
  ),
  secrets: keyValueInput(
    "secrets",
    "Build secrets, one `id=value` per line, for `RUN --mount=type=secret,id=\u2026`. Written to private temporary files, never passed on a command line.",
    /^[A-Za-z0-9_.-]+$/,
    "letters, digits, _ . -",
    { secret: true }
  ),
  secretEnvs: keyValueInput(
    "secret-envs",
    "Build secrets taken from environment variables, one `id=ENV_NAME` per line.",
    /^[A-Za-z0-9_.-]+$/,
    "letters, digits, _ . -"
  ),
  cacheFrom: listInput(
    "cache-from",
    "External BuildKit cache sources, one per line (e.g. `type=gha` or `type=registry,ref=\u2026`).",
    () => void 0,
    false
  ),
  cacheTo: listInput(
    "cache-to",
    "External BuildKit cache destinations, one per line (e.g. `type=gha,mode=max`).",
    () => void 0,
    false
  ),
  sourceDateEpoch: stringInput(
    "source-date-epoch",
    "Timestamp for reproducible images: `auto` (the commit time), `none`, or seconds since 1970.",
    "auto",
    (v) => v === "auto" || v === "none" || /^[0-9]{1,12}$/.test(v) ? void 0 : "expected auto, none, or a number of seconds since 1970"
  ),
  provenance: stringInput(
    "provenance",
    "Provenance attestation mode passed to buildx (`false`, `mode=min`, `mode=max`). Default: buildx's.",
    ""
  ),
  skip: listInput(
    "skip",
    `Stages to skip, comma separated. Stages: ${STAGE_NAMES.join(", ")}.`,
    (v) => STAGE_NAMES.includes(v) ? void 0 : `expected a stage name: ${STAGE_NAMES.join(", ")}`,
    true
  ),
  failOn: enumInput(
    "fail-on",
    "Fail the job when a finding of this severity or higher exists.",
    FAIL_ON,
    "error"
  ),
  reportDir: stringInput(
    "report-dir",
    "Directory for report files (SARIF, Markdown, metadata). Default: a temporary directory.",
    "",
    validateRelativePath
  ),
  githubToken: stringInput(
    "github-token",
    "Token for the PR comment. Default: the job's GITHUB_TOKEN.",
    "",
    void 0,
    { secret: true }
  ),
  lintDisable: listInput(
    "lint-disable",
    "Lint rule codes to turn off, comma or newline separated (e.g. `GC206,GC302`). See docs/rules.",
    (v) => /^GC\d{3}$/.test(v) ? void 0 : "expected a rule code like GC206",
    true
  ),
  lintSeverity: lintSeverityInput(
    "lint-severity",
    "Severity per lint rule, one `CODE=error|warning|info|off` per line (e.g. `GC109=error`)."
  )
};

// src/config/config.ts
var ConfigError = class extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join("\n"));
    this.errors = errors;
    this.name = "ConfigError";
  }
  errors;
};
function insideWorkspace(input, workspace, value) {
  const abs = path.resolve(workspace, value);
  const rel = path.relative(workspace, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new InputError(input, `'${value}' resolves to ${abs}, outside the workspace ${workspace}`);
  }
  return abs;
}
function buildConfig(raw, env) {
  const errors = [];
  const values = {};
  for (const key of Object.keys(INPUTS)) {
    const spec2 = INPUTS[key];
    try {
      values[key] = spec2.parse(raw(spec2.name) ?? "");
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  const v = values;
  let contextDir = "";
  let dockerfilePath = "";
  let reportPath = "";
  if (errors.length === 0) {
    const attempt = (fn) => {
      try {
        fn();
      } catch (e) {
        if (e instanceof InputError) errors.push(e);
        else throw e;
      }
    };
    attempt(() => contextDir = insideWorkspace("context", env.workspace, v.context));
    attempt(() => {
      dockerfilePath = v.dockerfile ? insideWorkspace("dockerfile", env.workspace, v.dockerfile) : path.join(contextDir || env.workspace, "Dockerfile");
    });
    reportPath = v.reportDir ? path.resolve(env.workspace, v.reportDir) : env.defaultReportDir;
    if (v.push && v.tags.length === 0)
      errors.push(
        new InputError("tags", "push is true but no tags are given: name at least one image reference")
      );
    if (v.load && v.platforms.length > 1) {
      errors.push(
        new InputError(
          "load",
          `cannot load ${v.platforms.length} platforms into the Docker engine at once (its image store holds one platform per tag); build one platform with load, or push a multi-platform index`
        )
      );
    }
  }
  if (errors.length > 0) throw new ConfigError(errors);
  return Object.freeze({ ...v, workspace: env.workspace, contextDir, dockerfilePath, reportPath });
}
function secretValues(config) {
  const values = [];
  for (const k of Object.keys(INPUTS)) {
    if (!INPUTS[k].secret) continue;
    const v = config[k];
    if (typeof v === "string") values.push(v);
    else if (v && typeof v === "object") values.push(...Object.values(v));
  }
  for (const envName of Object.values(config.secretEnvs)) values.push(process.env[envName] ?? "");
  return values.filter((v) => v.length > 0);
}

// src/pipeline/context.ts
var Context = class {
  constructor(config, host) {
    this.config = config;
    this.host = host;
  }
  config;
  host;
  findings = [];
  stages = [];
  facts = {};
  addFindings(findings) {
    for (const f of findings) this.findings.push(f);
  }
  stageStatus(name) {
    return this.stages.find((s) => s.name === name)?.status;
  }
};

// src/pipeline/pipeline.ts
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
async function runPipeline(ctx, stages) {
  let failed;
  for (const stage of stages) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const reason = ctx.config.skip.includes(stage.name) ? "skipped by the skip input" : failed !== void 0 ? `not run: stage '${failed}' failed` : stage.skip(ctx);
    if (reason !== void 0) {
      ctx.stages.push({ name: stage.name, status: "skipped", reason, durationMs: 0 });
      ctx.host.log.debug(`${stage.name}: skipped (${reason})`);
      continue;
    }
    try {
      await ctx.host.log.group(stage.name, () => stage.run(ctx));
      ctx.stages.push({ name: stage.name, status: "ok", durationMs: elapsed() });
    } catch (e) {
      ctx.stages.push({ name: stage.name, status: "failed", reason: errorMessage(e), durationMs: elapsed() });
      ctx.host.log.error(`${stage.name} failed: ${errorMessage(e)}`);
      failed = stage.name;
    }
  }
}
function verdict(ctx) {
  const failedStage = ctx.stages.find((s) => s.status === "failed");
  if (failedStage)
    return { ok: false, reason: `stage '${failedStage.name}' failed: ${failedStage.reason ?? ""}` };
  const failOn = ctx.config.failOn;
  if (failOn !== "never") {
    const blocking = ctx.findings.filter((f) => severityRank(f.severity) >= severityRank(failOn));
    if (blocking.length > 0) {
      return { ok: false, reason: `${blocking.length} finding(s) at or above '${failOn}'` };
    }
  }
  return { ok: true, reason: "all stages passed" };
}

// src/report/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/report/outputs.ts
function outputValues(ctx, ok) {
  const build = ctx.facts.build;
  return {
    digest: build?.digest ?? "",
    "image-id": build?.imageId ?? "",
    metadata: build ? JSON.stringify(build.metadata) : "",
    "findings-count": String(ctx.findings.length),
    "report-dir": ctx.config.reportPath,
    verdict: ok ? "pass" : "fail"
  };
}

// src/report/markdown.ts
function escapeCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").replace(/</g, "&lt;");
}
function table(header, rows) {
  const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${escapeCell(summary)}</summary>

${body}

</details>`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${ms} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  return `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}

// src/report/summary.ts
var ICON = { ok: "\u2705", skipped: "\u23ED\uFE0F", failed: "\u274C" };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function renderSummary(ctx, v) {
  const parts = [];
  const build = ctx.facts.build;
  const headline = v.ok ? "\u2705 go-container-ci passed" : `\u274C go-container-ci failed: ${escapeCell(v.reason)}`;
  parts.push(`## ${headline}`);
  const facts = [];
  if (ctx.facts.discover) facts.push(`Dockerfile \`${ctx.facts.discover.dockerfile}\``);
  if (build?.digest) facts.push(`digest \`${build.digest}\``);
  if (build?.tags.length) facts.push(`tags ${build.tags.map((t) => `\`${t}\``).join(", ")}`);
  facts.push(`${ctx.findings.length} finding(s)`);
  parts.push(facts.join(" \xB7 "));
  parts.push(
    table(
      ["Stage", "Result", "Time", "Note"],
      ctx.stages.map((s) => [
        s.name,
        `${ICON[s.status]} ${s.status}`,
        s.status === "skipped" ? "" : formatDuration(s.durationMs),
        s.reason ?? ""
      ])
    )
  );
  if (ctx.findings.length > 0) {
    const sorted = [...ctx.findings].sort(compareFindings);
    const rows = sorted.map((f) => [
      `${SEVERITY_ICON[f.severity]} ${f.severity}`,
      `[${f.code}](${f.docsUrl})`,
      f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : "",
      f.message
    ]);
    parts.push("### Findings", table(["Severity", "Rule", "Where", "Message"], rows));
  }
  if (build && build.steps.length > 0) {
    const cached = build.steps.filter((s) => s.cached).length;
    const rows = build.steps.map((s) => [
      s.name,
      s.cached ? "cached" : s.error ? "failed" : "built",
      s.durationMs !== void 0 ? formatDuration(s.durationMs) : ""
    ]);
    parts.push(
      details(
        `Build steps: ${build.steps.length}, ${cached} cached, ${formatDuration(build.durationMs)} in all`,
        table(["Step", "Result", "Time"], rows)
      )
    );
  }
  return `${parts.join("\n\n")}
`;
}

// src/report/report.ts
async function report(ctx) {
  const v = verdict(ctx);
  const { host } = ctx;
  for (const f of [...ctx.findings].sort(compareFindings)) {
    if (f.file) host.annotate(f);
  }
  for (const [name, value] of Object.entries(outputValues(ctx, v.ok))) host.setOutput(name, value);
  const summary = renderSummary(ctx, v);
  await host.appendSummary(summary);
  await mkdir(ctx.config.reportPath, { recursive: true });
  await writeFile(path2.join(ctx.config.reportPath, "report.md"), summary);
  await writeFile(
    path2.join(ctx.config.reportPath, "findings.json"),
    `${JSON.stringify([...ctx.findings].sort(compareFindings), null, 2)}
`
  );
  return v;
}

// src/stages/discover.ts
import { readFile, readdir, stat } from "node:fs/promises";
import path3 from "node:path";

// src/gomod/gomod.ts
function tokenize(line) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (line.startsWith("//", i)) {
      return { tokens, comment: line.slice(i + 2).trim() };
    } else if (c === '"' || c === "`") {
      let j = i + 1;
      let value = "";
      while (j < line.length && line[j] !== c) {
        if (c === '"' && line[j] === "\\" && j + 1 < line.length) {
          value += line[j + 1];
          j += 2;
        } else {
          value += line[j];
          j++;
        }
      }
      tokens.push(value);
      i = j + 1;
    } else if (c === "(" || c === ")") {
      tokens.push(c);
      i++;
    } else {
      let j = i;
      while (j < line.length && !" 	\r()".includes(line[j]) && !line.startsWith("//", j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: "" };
}
function parseGoMod(text) {
  const requires = [];
  const replaces = [];
  const excludes = [];
  const problems = [];
  const result = {};
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  let block;
  const handle = (verb, args, comment, line) => {
    switch (verb) {
      case "module":
      case "go":
      case "toolchain":
        if (args.length !== 1) problems.push({ line, message: `${verb} directive expects one argument` });
        else result[verb] = { value: args[0], line };
        break;
      case "require":
        if (args.length !== 2)
          problems.push({ line, message: "require expects a module path and a version" });
        else
          requires.push({
            path: args[0],
            version: args[1],
            indirect: /(^|;\s*)indirect(;|$)/.test(comment),
            line
          });
        break;
      case "exclude":
        if (args.length !== 2)
          problems.push({ line, message: "exclude expects a module path and a version" });
        else excludes.push({ path: args[0], version: args[1], line });
        break;
      case "replace": {
        const arrow = args.indexOf("=>");
        const left = args.slice(0, arrow);
        const right = args.slice(arrow + 1);
        if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          problems.push({ line, message: "replace expects: path [version] => path [version]" });
        } else {
          replaces.push({
            oldPath: left[0],
            ...left[1] !== void 0 ? { oldVersion: left[1] } : {},
            newPath: right[0],
            ...right[1] !== void 0 ? { newVersion: right[1] } : {},
            line
          });
        }
        break;
      }
      default:
        break;
    }
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const { tokens, comment } = tokenize(raw);
    if (tokens.length === 0) return;
    if (block !== void 0) {
      if (tokens[0] === ")") {
        block = void 0;
        return;
      }
      handle(block, tokens, comment, line);
      return;
    }
    const [verb, ...rest] = tokens;
    if (rest[0] === "(") {
      if (rest.length > 1 && rest[rest.length - 1] === ")") return;
      block = verb;
      return;
    }
    handle(verb, rest, comment, line);
  });
  if (block !== void 0) problems.push({ line: lines.length, message: `unterminated ${block} block` });
  return { ...result, requires, replaces, excludes, problems };
}

// src/stages/discover.ts
var MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "vendor", "testdata", ".cache"]);
var MAX_GOMOD_SEARCH_DEPTH = 4;
function toPosixRelative(workspace, abs) {
  return path3.relative(workspace, abs).split(path3.sep).join("/");
}
async function readIfFile(file, maxBytes) {
  try {
    const s = await stat(file);
    if (!s.isFile()) return void 0;
    if (s.size > maxBytes) throw new Error(`${file} is ${s.size} bytes; the limit is ${maxBytes}`);
    return await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
async function findGoMods(dir, depth = 0) {
  if (depth > MAX_GOMOD_SEARCH_DEPTH) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isFile() && e.name === "go.mod") found.push(path3.join(dir, e.name));
  }
  for (const e of entries) {
    if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) {
      found.push(...await findGoMods(path3.join(dir, e.name), depth + 1));
    }
  }
  return found;
}
var discoverStage = {
  name: "discover",
  description: "Find the Dockerfile, .dockerignore and go.mod files, and the Go version the module asks for.",
  skip: () => void 0,
  async run(ctx) {
    const { config } = ctx;
    const contextStat = await stat(config.contextDir).catch(() => void 0);
    if (!contextStat?.isDirectory())
      throw new InputError("context", `${config.contextDir} is not a directory`);
    const dockerfileText = await readIfFile(config.dockerfilePath, MAX_DOCKERFILE_BYTES);
    if (dockerfileText === void 0) {
      throw new InputError(
        "dockerfile",
        `no Dockerfile at ${config.dockerfilePath} (set the dockerfile input to its path)`
      );
    }
    let dockerignore;
    for (const candidate of [
      `${config.dockerfilePath}.dockerignore`,
      path3.join(config.contextDir, ".dockerignore")
    ]) {
      const text = await readIfFile(candidate, MAX_DOCKERFILE_BYTES);
      if (text !== void 0) {
        dockerignore = { file: toPosixRelative(config.workspace, candidate), text };
        break;
      }
    }
    const goMods = [];
    for (const file of await findGoMods(config.contextDir)) {
      const text = await readIfFile(file, MAX_DOCKERFILE_BYTES);
      if (text !== void 0)
        goMods.push({ file: toPosixRelative(config.workspace, file), mod: parseGoMod(text) });
    }
    const main = goMods[0]?.mod;
    const goVersion = main?.toolchain?.value.replace(/^go/, "") ?? main?.go?.value;
    ctx.facts.discover = {
      dockerfile: toPosixRelative(config.workspace, config.dockerfilePath),
      dockerfileText,
      ...dockerignore ? { dockerignore } : {},
      goMods,
      ...goVersion ? { goVersion } : {}
    };
    ctx.host.log.info(
      `Dockerfile ${ctx.facts.discover.dockerfile}; ${goMods.length} go.mod file(s)${goVersion ? `; Go ${goVersion}` : ""}`
    );
  }
};

// src/stages/lint.ts
import { readdir as readdir2, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";

// src/dockerfile/analysis.ts
import { posix as posix2 } from "node:path";

// src/dockerfile/model.ts
var import_dockerfile_ast = __toESM(require_main(), 1);

// src/dockerfile/base.ts
function splitImage(ref) {
  const r = ref.trim();
  if (r === "" || /\s/.test(r)) return void 0;
  let rest = r;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = "";
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const head = rest.slice(0, firstSlash);
    if (head.includes(".") || head.includes(":") || head === "localhost") {
      registry = head.toLowerCase();
      rest = rest.slice(firstSlash + 1);
    }
  }
  let repository = rest.toLowerCase();
  repository = repository.replace(/^(docker\/)?library\//, "");
  if (registry === "index.docker.io") registry = "docker.io";
  return {
    registry: registry === "docker.io" ? "" : registry,
    repository,
    ...tag !== void 0 ? { tag } : {},
    ...digest !== void 0 ? { digest } : {}
  };
}
var UNKNOWN = { kind: "unknown", label: "unknown base", go: false, minimal: false, empty: false };
function isLocalRegistry(registry) {
  return /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(registry);
}
function classifyBase(ref) {
  if (ref.trim().toLowerCase() === "scratch") {
    return {
      kind: "scratch",
      label: "scratch",
      libc: "none",
      shell: false,
      caCerts: false,
      go: false,
      cc: false,
      nonroot: false,
      minimal: true,
      empty: true
    };
  }
  const img = splitImage(ref);
  if (!img) return UNKNOWN;
  const { registry, repository } = img;
  const tag = (img.tag ?? "latest").toLowerCase();
  const last = repository.slice(repository.lastIndexOf("/") + 1);
  if (repository.startsWith("distroless/") && (registry === "gcr.io" || registry.endsWith(".gcr.io"))) {
    const flavour = last.replace(/-debian\d+$/, "");
    const debug = tag.includes("debug");
    const nonroot = tag.includes("nonroot");
    const libc = flavour === "static" ? "none" : ["base", "base-nossl", "cc", "java", "python3", "nodejs"].some((f) => flavour.startsWith(f)) ? "glibc" : void 0;
    return {
      kind: "distroless",
      label: `distroless ${flavour}${debug ? " (debug)" : ""}`,
      ...libc ? { libc } : {},
      shell: debug,
      caCerts: flavour !== "base-nossl",
      go: false,
      cc: false,
      nonroot,
      minimal: true,
      empty: false
    };
  }
  if (registry === "cgr.dev" || repository.startsWith("chainguard/")) {
    if (last === "static") {
      return {
        kind: "chainguard",
        label: "chainguard static",
        libc: "none",
        shell: tag.includes("dev"),
        caCerts: true,
        go: false,
        cc: false,
        nonroot: true,
        minimal: true,
        empty: false
      };
    }
    if (last === "go") {
      return {
        kind: "chainguard",
        label: "chainguard go",
        libc: "glibc",
        shell: true,
        caCerts: true,
        go: true,
        cc: true,
        minimal: false,
        empty: false
      };
    }
    if (last === "glibc-dynamic") {
      return {
        kind: "chainguard",
        label: "chainguard glibc-dynamic",
        libc: "glibc",
        shell: tag.includes("dev"),
        caCerts: true,
        go: false,
        cc: false,
        nonroot: true,
        minimal: true,
        empty: false
      };
    }
    if (last === "wolfi-base") {
      return {
        kind: "wolfi",
        label: "wolfi",
        libc: "glibc",
        shell: true,
        caCerts: true,
        go: false,
        cc: false,
        minimal: false,
        empty: false
      };
    }
    return {
      kind: "chainguard",
      label: `chainguard ${last}`,
      libc: "glibc",
      go: false,
      minimal: false,
      empty: false
    };
  }
  const local = isLocalRegistry(registry);
  if (last === "golang" && (registry === "" || local || repository === "golang" || repository.endsWith("/golang"))) {
    const alpine = tag.includes("alpine");
    const official = registry === "" || registry.endsWith("gcr.io") || registry.includes("ecr.aws");
    return {
      kind: "golang",
      label: alpine ? "golang (alpine, musl)" : "golang (Debian, glibc)",
      libc: alpine ? "musl" : "glibc",
      shell: true,
      caCerts: true,
      go: true,
      ...official || alpine ? { cc: !alpine } : {},
      nonroot: false,
      minimal: false,
      empty: false
    };
  }
  if (local && last === "static") {
    return {
      kind: "static",
      label: "static (no libc)",
      libc: "none",
      shell: false,
      caCerts: true,
      go: false,
      cc: false,
      nonroot: false,
      minimal: true,
      empty: false
    };
  }
  if (local && last === "glibc") {
    return {
      kind: "glibc",
      label: "glibc image",
      libc: "glibc",
      go: false,
      cc: false,
      nonroot: false,
      minimal: false,
      empty: false
    };
  }
  if (local && last === "musl") {
    return {
      kind: "musl",
      label: "musl image",
      libc: "musl",
      shell: true,
      go: false,
      cc: false,
      nonroot: false,
      minimal: false,
      empty: false
    };
  }
  if (registry === "" || local) {
    switch (repository) {
      case "alpine":
        return {
          kind: "alpine",
          label: "alpine (musl)",
          libc: "musl",
          shell: true,
          caCerts: true,
          go: false,
          cc: false,
          nonroot: false,
          minimal: false,
          empty: false
        };
      case "debian":
      case "ubuntu":
        return {
          kind: repository,
          label: `${repository} (glibc)`,
          libc: "glibc",
          shell: true,
          caCerts: false,
          go: false,
          cc: false,
          nonroot: false,
          minimal: false,
          empty: false
        };
      case "busybox": {
        const libc = tag.includes("musl") ? "musl" : tag.includes("glibc") ? "glibc" : void 0;
        return {
          kind: "busybox",
          label: "busybox",
          ...libc ? { libc } : {},
          shell: true,
          caCerts: false,
          go: false,
          cc: false,
          nonroot: false,
          minimal: false,
          empty: false
        };
      }
      case "wolfi-base":
        return {
          kind: "wolfi",
          label: "wolfi",
          libc: "glibc",
          shell: true,
          caCerts: true,
          go: false,
          cc: false,
          minimal: false,
          empty: false
        };
      default:
        break;
    }
  }
  return UNKNOWN;
}

// src/dockerfile/text.ts
function toPos(p) {
  return { line: p.line + 1, column: p.character + 1 };
}
function toSpan(r) {
  return { start: toPos(r.start), end: toPos(r.end) };
}
var LogicalText = class _LogicalText {
  constructor(text, lines, chars, endPos) {
    this.text = text;
    this.lines = lines;
    this.chars = chars;
    this.endPos = endPos;
  }
  text;
  lines;
  chars;
  endPos;
  static plain(text, at = { line: 0, character: 0 }) {
    const lines = [];
    const chars = [];
    let line = at.line;
    let ch = at.character;
    for (const c of text) {
      for (let k = 0; k < c.length; k++) {
        lines.push(line);
        chars.push(ch + k);
      }
      if (c === "\n") {
        line++;
        ch = 0;
      } else ch += c.length;
    }
    return new _LogicalText(text, lines, chars, { line, character: ch });
  }
  /** 1-based position of the character at index i (the end position when i is past the end). */
  pos(i) {
    if (i < this.text.length && i >= 0) {
      return { line: (this.lines[i] ?? 0) + 1, column: (this.chars[i] ?? 0) + 1 };
    }
    if (i > 0 && i - 1 < this.text.length) {
      return { line: (this.lines[i - 1] ?? 0) + 1, column: (this.chars[i - 1] ?? 0) + 2 };
    }
    return toPos(this.endPos);
  }
  span(start, end) {
    return { start: this.pos(start), end: end > start ? this.pos(end) : this.pos(start) };
  }
};
function isBlank(s) {
  return s.trim() === "";
}
function isCommentLine(s) {
  return /^[ \t]*#/.test(s);
}
function logicalText(docLines, start, end, escape, firstLogicalLine = false) {
  let text = "";
  const lines = [];
  const chars = [];
  let last = start;
  let line = start.line;
  let ch = start.character;
  outer: while (line < docLines.length && (line < end.line || line === end.line && ch < end.character)) {
    const content = docLines[line] ?? "";
    const stop = line === end.line ? Math.min(end.character, content.length) : content.length;
    let lastNonBlank = content.length - 1;
    while (lastNonBlank >= 0 && " 	\r".includes(content[lastNonBlank])) lastNonBlank--;
    while (ch < stop) {
      const c = content[ch];
      if (c === escape && ch === lastNonBlank) {
        line++;
        while (line < docLines.length && line < end.line && (isBlank(docLines[line] ?? "") || isCommentLine(docLines[line] ?? ""))) {
          line++;
        }
        ch = 0;
        continue outer;
      }
      if (c !== "\r") {
        text += c;
        lines.push(line);
        chars.push(ch);
        last = { line, character: ch + 1 };
      }
      ch++;
    }
    if (line >= end.line || firstLogicalLine) break;
    text += "\n";
    lines.push(line);
    chars.push(content.length);
    line++;
    ch = 0;
  }
  return new LogicalText(text, lines, chars, last);
}

// src/dockerfile/shell.ts
var OPERATOR_CHARS = /* @__PURE__ */ new Set([";", "&", "|", "(", ")", "<", ">", "\n"]);
var SPACE = /* @__PURE__ */ new Set([" ", "	", "\r"]);
var PREFIX_KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "{", "time"]);
var CLOSE_KEYWORDS = /* @__PURE__ */ new Set(["fi", "done", "esac", "}"]);
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
function parseShell(input) {
  const src = typeof input === "string" ? LogicalText.plain(input) : input;
  const s = src.text;
  const n = s.length;
  const commands = [];
  let cur = { assignments: [], words: [], redirects: [], connector: "" };
  let pendingConnector = "";
  const pendingHeredocs = [];
  let i = 0;
  const flush = (next) => {
    if (cur.words.length > 0 || cur.assignments.length > 0 || cur.redirects.length > 0) {
      commands.push(cur);
      pendingConnector = next;
    } else if (next === "&&" || next === "||" || next === "|") {
      pendingConnector = next;
    } else if (pendingConnector === "") {
      pendingConnector = next;
    }
    cur = { assignments: [], words: [], redirects: [], connector: pendingConnector };
  };
  const skipHeredocBodies = () => {
    while (pendingHeredocs.length > 0 && i < n) {
      const h = pendingHeredocs.shift();
      while (i < n) {
        let eol = s.indexOf("\n", i);
        if (eol < 0) eol = n;
        let line = s.slice(i, eol);
        if (h.stripTabs) line = line.replace(/^\t+/, "");
        i = eol + 1;
        if (line.replace(/\r$/, "") === h.delim) break;
      }
    }
    pendingHeredocs.length = 0;
  };
  while (i < n) {
    const c = s[i];
    if (SPACE.has(c)) {
      i++;
      continue;
    }
    if (c === "\\" && s[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "#") {
      while (i < n && s[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      flush("\n");
      i++;
      skipHeredocBodies();
      continue;
    }
    const redir = /^(\d*)(>>|>&|>\||>|<<<|<<-|<<|<&|<>|<)|^&>>?/.exec(s.slice(i, i + 8));
    if (redir && (redir[1] === void 0 || redir[1] === "" || /^\d+[<>]/.test(s.slice(i, i + 8)))) {
      const op = redir[0];
      i += op.length;
      while (i < n && (s[i] === " " || s[i] === "	")) i++;
      let target;
      if (i < n && !OPERATOR_CHARS.has(s[i])) {
        const w2 = readWord(src, i);
        target = w2;
        i = w2.end;
      } else if (op.endsWith("&") && i < n && s[i] === "-") {
        i++;
      }
      if ((op === "<<" || op === "<<-") && target) {
        pendingHeredocs.push({ delim: target.value, stripTabs: op === "<<-" });
      }
      cur.redirects.push(target ? { op, target } : { op });
      continue;
    }
    if (c === "&" && s[i + 1] === "&") {
      flush("&&");
      i += 2;
      continue;
    }
    if (c === "|" && s[i + 1] === "|") {
      flush("||");
      i += 2;
      continue;
    }
    if (c === ";") {
      flush(";");
      i += s[i + 1] === ";" ? 2 : 1;
      continue;
    }
    if (c === "|") {
      flush("|");
      i += s[i + 1] === "&" ? 2 : 1;
      continue;
    }
    if (c === "&") {
      flush("&");
      i++;
      continue;
    }
    if (c === "(" || c === ")") {
      flush(";");
      i++;
      continue;
    }
    const w = readWord(src, i);
    i = w.end > i ? w.end : i + 1;
    if (cur.words.length === 0) {
      if (PREFIX_KEYWORDS.has(w.raw)) {
        if (cur.assignments.length > 0 || cur.redirects.length > 0) cur.words.push(w);
        else flush(";");
        continue;
      }
      if (CLOSE_KEYWORDS.has(w.raw)) {
        flush(";");
        continue;
      }
      if (ASSIGNMENT.test(w.raw)) {
        cur.assignments.push(w);
        continue;
      }
    }
    cur.words.push(w);
  }
  flush("");
  return { source: src, commands };
}
function readWord(src, start) {
  const s = src.text;
  const n = s.length;
  let i = start;
  let value = "";
  const vars = [];
  let substitution = false;
  const readVar = () => {
    const next = s[i + 1];
    if (next === "{") {
      const close = s.indexOf("}", i + 2);
      const end2 = close < 0 ? n : close + 1;
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 2, Math.min(end2, i + 2 + 256)));
      if (m) vars.push({ name: m[0], start: i, end: end2 });
      value += s.slice(i, end2);
      i = end2;
      return;
    }
    if (next === "(") {
      substitution = true;
      const end2 = skipBalanced(s, i + 1, vars);
      value += s.slice(i, end2);
      i = end2;
      return;
    }
    if (next !== void 0 && NAME_START.test(next)) {
      let j = i + 1;
      while (j < n && NAME_CHAR.test(s[j])) j++;
      vars.push({ name: s.slice(i + 1, j), start: i, end: j });
      value += s.slice(i, j);
      i = j;
      return;
    }
    if (next === "'") {
      const close = findClosingSingle(s, i + 2, true);
      value += s.slice(i + 2, close);
      i = Math.min(n, close + 1);
      return;
    }
    value += "$";
    i++;
  };
  while (i < n) {
    const c = s[i];
    if (SPACE.has(c) || OPERATOR_CHARS.has(c)) break;
    if (c === "\\") {
      if (s[i + 1] === "\n") {
        i += 2;
        continue;
      }
      if (i + 1 < n) value += s[i + 1];
      i += 2;
      continue;
    }
    if (c === "'") {
      const close = findClosingSingle(s, i + 1, false);
      value += s.slice(i + 1, close);
      i = Math.min(n, close + 1);
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && s[i] !== '"') {
        const d = s[i];
        if (d === "\\" && i + 1 < n) {
          const e = s[i + 1];
          if (e === "\n") {
            i += 2;
            continue;
          }
          value += '"\\$`'.includes(e) ? e : d + e;
          i += 2;
        } else if (d === "$") {
          readVar();
        } else if (d === "`") {
          substitution = true;
          const close = findBacktick(s, i + 1);
          value += s.slice(i, close + 1);
          i = Math.min(n, close + 1);
        } else {
          value += d;
          i++;
        }
      }
      i++;
      continue;
    }
    if (c === "$") {
      readVar();
      continue;
    }
    if (c === "`") {
      substitution = true;
      const close = findBacktick(s, i + 1);
      value += s.slice(i, close + 1);
      i = Math.min(n, close + 1);
      continue;
    }
    value += c;
    i++;
  }
  const end = Math.min(i, n);
  return { value, raw: s.slice(start, end), start, end, vars, substitution };
}
function findClosingSingle(s, from, ansi) {
  let i = from;
  while (i < s.length) {
    if (ansi && s[i] === "\\") {
      i += 2;
      continue;
    }
    if (s[i] === "'") return i;
    i++;
  }
  return s.length;
}
function findBacktick(s, from) {
  let i = from;
  while (i < s.length) {
    if (s[i] === "\\") {
      i += 2;
      continue;
    }
    if (s[i] === "`") return i;
    i++;
  }
  return s.length;
}
function skipBalanced(s, open, vars) {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const c = s[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "'") {
      i = findClosingSingle(s, i + 1, false) + 1;
      continue;
    }
    if (c === "$" && i + 1 < s.length) {
      const rest = s.slice(i + 1, i + 1 + 256);
      const m = /^\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
      if (m && (rest[0] === "{" || NAME_START.test(rest[0]))) {
        vars.push({ name: m[1], start: i, end: i + 1 + m[0].length });
      }
    }
    if (c === "(") depth++;
    else if (c === ")") {
      depth--;
      if (depth <= 0) return i + 1;
    }
    i++;
  }
  return s.length;
}
function programName(cmd) {
  const first = cmd.words[0]?.value ?? "";
  const slash = first.lastIndexOf("/");
  return slash >= 0 ? first.slice(slash + 1) : first;
}
function splitAssignment(w) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(w.value);
  if (!m) return void 0;
  return { name: m[1], value: w.value.slice(m[0].length) };
}
function unwrapCommand(cmd) {
  const assignments = [...cmd.assignments];
  let words = [...cmd.words];
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const name = programName({ ...cmd, words });
    if (name === "env") {
      words = words.slice(1);
      while (words[0] && (words[0].value.startsWith("-") || ASSIGNMENT.test(words[0].value))) {
        if (ASSIGNMENT.test(words[0].value)) assignments.push(words[0]);
        words = words.slice(1);
      }
    } else if (["sudo", "nice", "exec", "command", "time", "nohup"].includes(name)) {
      words = words.slice(1);
      while (words[0]?.value.startsWith("-")) words = words.slice(1);
    } else break;
  }
  return { assignments, words };
}

// src/dockerfile/model.ts
import { posix } from "node:path";
var Scope = class {
  byName = /* @__PURE__ */ new Map();
  seqCounter = 0;
  /** Sets name (null entry: removed), returning the sequence number of this change. */
  set(name, entry) {
    const seq = ++this.seqCounter;
    let list = this.byName.get(name);
    if (!list) {
      list = [];
      this.byName.set(name, list);
    }
    list.push({ seq, entry });
    return seq;
  }
  get seq() {
    return this.seqCounter;
  }
  /** The entry in effect at sequence number `at` (default: now). */
  get(name, at = this.seqCounter) {
    const list = this.byName.get(name);
    if (!list) return void 0;
    let lo = 0;
    let hi = list.length - 1;
    let found;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const item = list[mid];
      if (item.seq <= at) {
        found = item.entry;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found ?? void 0;
  }
  /** Entries in effect at `at`. */
  entries(at = this.seqCounter) {
    const out = [];
    for (const name of this.byName.keys()) {
      const e = this.get(name, at);
      if (e) out.push(e);
    }
    return out;
  }
};
var AUTO_PLATFORM_ARGS = [
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT"
];
var PREDEFINED_ARGS = /* @__PURE__ */ new Set([
  "HTTP_PROXY",
  "http_proxy",
  "HTTPS_PROXY",
  "https_proxy",
  "FTP_PROXY",
  "ftp_proxy",
  "NO_PROXY",
  "no_proxy",
  "ALL_PROXY",
  "all_proxy"
]);
var BUILDKIT_ARGS = /^(BUILDKIT_[A-Z_]+|SOURCE_DATE_EPOCH)$/;
var DEFAULT_WORKDIR = "/";
var MAX_INHERITED = 1e3;
function expandVars(text, lookup) {
  let unresolved = false;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && text[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const braced = text[i + 1] === "{";
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + (braced ? 2 : 1), i + (braced ? 2 : 1) + 256));
    if (!m) {
      out += c;
      i++;
      continue;
    }
    const name = m[0];
    let end = i + (braced ? 2 : 1) + name.length;
    let modifier = "";
    let word = "";
    if (braced) {
      const close = text.indexOf("}", end);
      if (close < 0) {
        out += text.slice(i);
        unresolved = true;
        break;
      }
      const inner = text.slice(end, close);
      const mm = /^(:?[-+?])([\s\S]*)$/.exec(inner);
      if (mm) {
        modifier = mm[1];
        word = mm[2];
      } else if (inner !== "") {
        out += text.slice(i, close + 1);
        unresolved = true;
        i = close + 1;
        continue;
      }
      end = close + 1;
    }
    const v = lookup(name);
    const set = v !== void 0;
    const nonEmpty = v !== void 0 && v !== null && v !== "";
    if (modifier === ":-" || modifier === "-") {
      const useDefault = modifier === ":-" ? !nonEmpty : !set;
      if (useDefault) out += word;
      else if (v === null) {
        out += text.slice(i, end);
        unresolved = true;
      } else out += v;
    } else if (modifier === ":+" || modifier === "+") {
      const useAlt = modifier === ":+" ? nonEmpty : set;
      if (v === null) {
        out += text.slice(i, end);
        unresolved = true;
      } else out += useAlt ? word : "";
    } else if (v === void 0 || v === null) {
      out += text.slice(i, end);
      unresolved = true;
    } else out += v;
    i = end;
  }
  return { value: out, unresolved };
}
function tok(value, range) {
  return { value, span: toSpan(range) };
}
function platformArgValues(platform) {
  if (!platform) return {};
  const [os3, arch, variant] = platform.split("/");
  return {
    TARGETPLATFORM: platform,
    ...os3 ? { TARGETOS: os3 } : {},
    ...arch ? { TARGETARCH: arch } : {},
    TARGETVARIANT: variant ?? ""
  };
}
function resolvePath(workdir, p) {
  if (p === "") return workdir;
  const trailing = p.endsWith("/") || p.endsWith("/.") || p === ".";
  const abs = posix.resolve("/", workdir, p);
  return trailing && abs !== "/" ? `${abs}/` : abs;
}
function flagTok(f) {
  const v = f.getValue();
  const r = f.getValueRange() ?? f.getRange();
  return v === null ? void 0 : tok(v, r);
}
function parseJsonArray(text) {
  const t = text.trim();
  if (!t.startsWith("[")) return void 0;
  try {
    const v = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  } catch {
    return void 0;
  }
  return void 0;
}
function execScript(ins, values) {
  const jsonArgs = ins.getJSONStrings();
  let text = "";
  const lines = [];
  const chars = [];
  const words = [];
  values.forEach((v, k) => {
    if (k > 0) {
      text += " ";
      lines.push(lines[lines.length - 1] ?? 0);
      chars.push((chars[chars.length - 1] ?? 0) + 1);
    }
    const r = jsonArgs[k]?.getRange() ?? ins.getRange();
    const start = text.length;
    for (let c = 0; c < v.length; c++) {
      text += v[c];
      lines.push(r.start.line);
      chars.push(r.start.character + 1 + c);
    }
    words.push({ value: v, raw: v, start, end: text.length, vars: [], substitution: false });
  });
  const end = ins.getRange().end;
  const source = new LogicalText(text, lines, chars, end);
  return { source, commands: [{ assignments: [], words, redirects: [], connector: "" }] };
}
function ignoreCodes(comment) {
  const m = /^#\s*go-container-ci\s+ignore\s*=\s*([A-Za-z0-9_,\s]+)/i.exec(comment.trim());
  if (!m) return [];
  return m[1].split(/[\s,]+/).map((c) => c.trim().toUpperCase()).filter((c) => c !== "");
}
function buildModel(text, opts = {}) {
  const lines = text.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  const problems = [];
  let df;
  try {
    df = import_dockerfile_ast.DockerfileParser.parse(text);
  } catch (e) {
    problems.push(`the Dockerfile could not be parsed: ${e instanceof Error ? e.message : String(e)}`);
    return {
      text,
      lines,
      escape: "\\",
      directives: [],
      globalArgs: /* @__PURE__ */ new Map(),
      stages: [],
      used: /* @__PURE__ */ new Set(),
      ignores: /* @__PURE__ */ new Map(),
      problems,
      usesTargetArgs: false
    };
  }
  const escape = df.getEscapeCharacter() || "\\";
  const directives = df.getDirectives().map((d) => ({
    name: d.getName().toLowerCase(),
    value: d.getValue(),
    line: d.getRange().start.line + 1
  }));
  const buildArgs = opts.buildArgs ?? {};
  const firstPlatform = opts.platforms?.[0];
  const autoValues = platformArgValues(firstPlatform);
  const globalArgs = /* @__PURE__ */ new Map();
  for (const name of AUTO_PLATFORM_ARGS) {
    const v = autoValues[name];
    globalArgs.set(name, { name, kind: "auto", stage: -1, ...v !== void 0 ? { value: v } : {} });
  }
  const instructions = df.getInstructions();
  let k = 0;
  for (; k < instructions.length; k++) {
    const ins = instructions[k];
    const kw = ins.getKeyword();
    if (kw === "FROM") break;
    if (kw !== "ARG") continue;
    for (const p of ins.getArguments().length > 0 ? argPairs(ins, escape) : []) {
      const name = p.name.value;
      const passed = buildArgs[name];
      let value;
      if (passed !== void 0) value = passed;
      else if (p.value)
        value = expandVars(p.value.value, (n) => {
          const e = globalArgs.get(n);
          return e ? e.value ?? null : void 0;
        }).value;
      globalArgs.set(name, {
        name,
        kind: "arg",
        stage: -1,
        span: p.name.span,
        ...value !== void 0 ? { value } : {}
      });
    }
  }
  const stages = [];
  let usesTargetArgs = /\$\{?TARGET(ARCH|OS|PLATFORM|VARIANT)\b/.test(text);
  const lookupGlobal = (n) => {
    const e = globalArgs.get(n);
    if (!e) return void 0;
    return e.value ?? null;
  };
  const stageByName = (name, before) => {
    const lower = name.toLowerCase();
    for (let s = Math.min(before, stages.length) - 1; s >= 0; s--) {
      if (stages[s]?.name === lower) return s;
    }
    if (/^\d+$/.test(name) && Number(name) < before) return Number(name);
    return void 0;
  };
  const groups = [];
  for (; k < instructions.length; k++) {
    const ins = instructions[k];
    if (ins.getKeyword() === "FROM") groups.push({ from: ins, body: [] });
    else groups[groups.length - 1]?.body.push(ins);
  }
  for (const [index, group] of groups.entries()) {
    const from = group.from;
    const fromArgs = from.getArguments();
    const imageArg = fromArgs[0];
    const raw = imageArg?.getValue() ?? "";
    const expanded = expandVars(raw, lookupGlobal);
    const asIdx = fromArgs.findIndex((a) => a.getValue().toLowerCase() === "as");
    const nameArg = asIdx >= 1 ? fromArgs[asIdx + 1] : void 0;
    const name = nameArg?.getValue().toLowerCase();
    const platformFlag = from.getFlags().find((f) => f.getName() === "platform");
    const platform = platformFlag ? flagTok(platformFlag) : void 0;
    const parent = expanded.value ? stageByName(expanded.value, index) : void 0;
    const parentStage = parent !== void 0 ? stages[parent] : void 0;
    const fromInfo = {
      span: toSpan(from.getRange()),
      keywordSpan: toSpan(from.getInstructionRange()),
      raw,
      image: expanded.value,
      imageSpan: toSpan(imageArg?.getRange() ?? from.getInstructionRange()),
      unresolved: expanded.unresolved,
      ...platform ? { platform } : {},
      ...parent !== void 0 ? { parent } : {}
    };
    const base = parentStage ? parentStage.base : classifyBase(expanded.value);
    const rootImage = parentStage ? parentStage.rootImage : expanded.value;
    const scope = new Scope();
    const deps = /* @__PURE__ */ new Set();
    let workdir = parentStage?.workdir ?? DEFAULT_WORKDIR;
    let user = parentStage?.user;
    let shell = parentStage?.shell ?? ["/bin/sh", "-c"];
    let entrypoint = parentStage?.entrypoint;
    let cmd = parentStage?.cmd;
    let healthcheck = parentStage?.healthcheck;
    if (parentStage) {
      deps.add(parentStage.index);
      let copied = 0;
      for (const e of parentStage.scope.entries()) {
        if ((e.kind === "env" || e.kind === "goenv") && copied++ < MAX_INHERITED) scope.set(e.name, e);
      }
    }
    const startSeq = scope.seq;
    const lookup = (n) => {
      const e = scope.get(n);
      if (!e) return void 0;
      return e.value ?? null;
    };
    const steps = [];
    for (const ins of group.body) {
      const kw = ins.getKeyword();
      const common = {
        span: toSpan(ins.getRange()),
        keywordSpan: toSpan(ins.getInstructionRange()),
        instruction: ins
      };
      switch (kw) {
        case "ARG": {
          const pairs = argPairs(ins, escape);
          for (const p of pairs) {
            const n = p.name.value;
            const passed = buildArgs[n];
            const g = globalArgs.get(n);
            let value;
            if (passed !== void 0) value = passed;
            else if (p.value) value = expandVars(p.value.value, lookup).value;
            else if (g) value = g.value;
            const kind = g?.kind === "auto" && !p.value ? "auto" : "arg";
            scope.set(n, {
              name: n,
              kind,
              stage: index,
              span: p.name.span,
              ...value !== void 0 ? { value } : {}
            });
          }
          steps.push({ ...common, keyword: "ARG", pairs, at: scope.seq, workdir, ...user ? { user } : {} });
          break;
        }
        case "ENV": {
          const pairs = envPairs(ins);
          for (const p of pairs) {
            const value = p.value ? expandVars(p.value.value, lookup).value : "";
            scope.set(p.name.value, {
              name: p.name.value,
              kind: "env",
              stage: index,
              span: p.name.span,
              value
            });
          }
          steps.push({ ...common, keyword: "ENV", pairs, at: scope.seq, workdir, ...user ? { user } : {} });
          break;
        }
        case "WORKDIR": {
          const a = ins.getArguments();
          const v = expandVars(a.map((x) => x.getValue()).join(" "), lookup).value;
          workdir = resolvePath(workdir, v).replace(/(.)\/$/, "$1");
          steps.push({
            ...common,
            keyword: "WORKDIR",
            args: a.map((x) => tok(x.getValue(), x.getRange())),
            at: scope.seq,
            workdir,
            ...user ? { user } : {}
          });
          break;
        }
        case "USER": {
          const a = ins.getArguments();
          const first = a[0];
          if (first) user = tok(expandVars(first.getValue(), lookup).value, first.getRange());
          steps.push({
            ...common,
            keyword: "USER",
            args: a.map((x) => tok(x.getValue(), x.getRange())),
            at: scope.seq,
            workdir,
            ...user ? { user } : {}
          });
          break;
        }
        case "SHELL": {
          const values = parseJsonArray(ins.getRawArgumentsContent() ?? "");
          if (values && values.length > 0) shell = values;
          steps.push({
            ...common,
            keyword: "SHELL",
            args: [],
            at: scope.seq,
            workdir,
            ...user ? { user } : {}
          });
          break;
        }
        case "RUN": {
          const run2 = ins;
          const mounts = [];
          for (const f of run2.getFlags()) {
            if (f.getName() !== "mount") continue;
            const options = /* @__PURE__ */ new Map();
            for (const o of f.getOptions()) options.set(o.getName().toLowerCase(), o.getValue() ?? "");
            if (options.size === 0 && f.getValue()) {
              for (const part of (f.getValue() ?? "").split(",")) {
                const eq = part.indexOf("=");
                options.set(
                  (eq < 0 ? part : part.slice(0, eq)).toLowerCase(),
                  eq < 0 ? "" : part.slice(eq + 1)
                );
              }
            }
            const target2 = options.get("target") ?? options.get("dst") ?? options.get("destination");
            const m = {
              type: options.get("type") || "bind",
              options,
              span: toSpan(f.getRange()),
              ...target2 !== void 0 ? { target: expandVars(target2, lookup).value } : {},
              ...options.has("id") ? { id: options.get("id") } : {},
              ...options.has("from") ? { from: options.get("from") } : {},
              ...options.has("uid") ? { uid: options.get("uid") } : {},
              ...options.has("gid") ? { gid: options.get("gid") } : {}
            };
            mounts.push(m);
            if (m.from) {
              const s = stageByName(m.from, index);
              if (s !== void 0) deps.add(s);
            }
          }
          const scripts = runScripts(run2, lines, escape);
          steps.push({
            ...common,
            keyword: "RUN",
            mounts,
            exec: scripts.exec,
            scripts: scripts.scripts,
            at: scope.seq,
            workdir,
            ...user ? { user } : {}
          });
          for (const script of scripts.scripts) {
            for (const c of script.commands) {
              const w = c.words;
              if (w[0]?.value.endsWith("go") && w[1]?.value === "env" && w.some((x) => x.value === "-w")) {
                for (const x of w.slice(2)) {
                  const eq = x.value.indexOf("=");
                  if (x.value.startsWith("-") || eq <= 0) continue;
                  const n = x.value.slice(0, eq);
                  if (scope.get(n)?.kind === "env") continue;
                  scope.set(n, {
                    name: n,
                    kind: "goenv",
                    stage: index,
                    span: script.source.span(x.start, x.end),
                    value: x.value.slice(eq + 1)
                  });
                }
              }
            }
          }
          break;
        }
        case "COPY":
        case "ADD": {
          const c = ins;
          const flags = /* @__PURE__ */ new Map();
          for (const f of c.getFlags()) {
            const t = flagTok(f);
            if (t) flags.set(f.getName().toLowerCase(), t);
          }
          const fromTok = flags.get("from");
          const heredoc = kw === "COPY" ? c.getHeredocs().length > 0 : /<<-?["']?[A-Za-z_]/.test(ins.getRawArgumentsContent() ?? "");
          let values;
          const json2 = parseJsonArray(ins.getRawArgumentsContent() ?? "");
          if (json2) {
            const strs = ins.getJSONStrings();
            values = json2.map((v, i) => tok(v, strs[i]?.getRange() ?? ins.getRange()));
          } else {
            values = c.getArguments().filter((a) => !a.getValue().startsWith("<<")).map((a) => tok(a.getValue(), a.getRange()));
            if (heredoc) {
              const firstLine = ins.getRange().start.line;
              values = values.filter((v) => v.span.start.line === firstLine + 1);
            }
          }
          const dest = values.length >= (heredoc ? 1 : 2) ? values[values.length - 1] : void 0;
          const sources = dest ? values.slice(0, -1) : values;
          let fromStage;
          if (fromTok) {
            const fromValue = expandVars(fromTok.value, lookup).value;
            fromStage = stageByName(fromValue, index);
            if (fromStage !== void 0) deps.add(fromStage);
          }
          const destValue = dest ? expandVars(dest.value, lookup).value : void 0;
          steps.push({
            ...common,
            keyword: kw,
            sources,
            heredoc,
            flags,
            at: scope.seq,
            workdir,
            ...user ? { user } : {},
            ...fromTok ? { from: fromTok } : {},
            ...fromStage !== void 0 ? { fromStage } : {},
            ...dest ? { dest } : {},
            ...destValue !== void 0 ? { destAbs: resolvePath(workdir, destValue) } : {},
            ...flags.get("chmod") ? { chmod: flags.get("chmod") } : {}
          });
          break;
        }
        case "ENTRYPOINT":
        case "CMD":
        case "HEALTHCHECK": {
          const spec2 = execSpec(ins, kw, lines, escape, {
            at: scope.seq,
            workdir,
            ...user ? { user } : {},
            ...common
          });
          if (kw === "ENTRYPOINT") {
            entrypoint = spec2;
            if (cmd && !steps.some((s) => s.keyword === "CMD")) cmd = void 0;
          } else if (kw === "CMD") cmd = spec2;
          else healthcheck = spec2.form === "none" ? void 0 : spec2;
          steps.push(spec2);
          break;
        }
        default: {
          const known = ["LABEL", "EXPOSE", "VOLUME", "STOPSIGNAL", "ONBUILD", "MAINTAINER"];
          steps.push({
            ...common,
            keyword: known.includes(kw) ? kw : "OTHER",
            args: ins.getArguments().map((x) => tok(x.getValue(), x.getRange())),
            at: scope.seq,
            workdir,
            ...user ? { user } : {}
          });
        }
      }
    }
    stages.push({
      index,
      ...name ? { name } : {},
      from: fromInfo,
      base,
      rootImage,
      steps,
      scope,
      startSeq,
      deps,
      workdir,
      shell,
      ...user ? { user } : {},
      ...entrypoint ? { entrypoint } : {},
      ...cmd ? { cmd } : {},
      ...healthcheck ? { healthcheck } : {}
    });
  }
  let target = stages[stages.length - 1];
  if (opts.target) {
    const t = stages.find((s) => s.name === opts.target?.toLowerCase());
    if (t) target = t;
    else problems.push(`target stage '${opts.target}' is not defined in the Dockerfile`);
  }
  const used = /* @__PURE__ */ new Set();
  const todo = target ? [target.index] : [];
  while (todo.length > 0) {
    const s = todo.pop();
    if (used.has(s)) continue;
    used.add(s);
    for (const d of stages[s]?.deps ?? []) todo.push(d);
  }
  if (!usesTargetArgs) usesTargetArgs = (opts.platforms?.length ?? 0) > 1;
  const ignores = /* @__PURE__ */ new Map();
  for (const ins of instructions) {
    const r = ins.getRange();
    const codes = [];
    for (let l = r.start.line - 1; l >= 0; l--) {
      const t = (lines[l] ?? "").trim();
      if (!t.startsWith("#")) break;
      codes.push(...ignoreCodes(t));
    }
    if (codes.length === 0) continue;
    for (let l = r.start.line; l <= r.end.line; l++) {
      let set = ignores.get(l + 1);
      if (!set) ignores.set(l + 1, set = /* @__PURE__ */ new Set());
      for (const c of codes) set.add(c);
    }
  }
  return {
    text,
    lines,
    escape,
    directives,
    globalArgs,
    stages,
    ...target ? { target } : {},
    used,
    ignores,
    problems,
    usesTargetArgs
  };
}
function argPairs(ins, _escape) {
  const props = propertiesOf(ins);
  const out = [];
  const valueRanges = [];
  for (const p of props) {
    if (p.getAssignmentOperator() === null) continue;
    const v = p.getValue();
    const vr = p.getValueRange();
    if (vr) valueRanges.push(toSpan(vr));
    out.push({
      name: tok(p.getName(), p.getNameRange()),
      ...v !== null ? { value: tok(v, vr ?? p.getRange()) } : {}
    });
  }
  const inValue = (sp) => valueRanges.some(
    (r) => (sp.start.line > r.start.line || sp.start.line === r.start.line && sp.start.column >= r.start.column) && (sp.start.line < r.end.line || sp.start.line === r.end.line && sp.start.column < r.end.column)
  );
  for (const a of ins.getArguments()) {
    const v = a.getValue();
    if (v.includes("=") || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v)) continue;
    const t = tok(v, a.getRange());
    if (!inValue(t.span)) out.push({ name: t });
  }
  return out.sort(
    (x, y) => x.name.span.start.line - y.name.span.start.line || x.name.span.start.column - y.name.span.start.column
  );
}
function propertiesOf(ins) {
  try {
    return ins.getProperties?.() ?? [];
  } catch {
    return [];
  }
}
function envPairs(ins) {
  return propertiesOf(ins).map((p) => {
    const v = p.getValue();
    const vr = p.getValueRange();
    return {
      name: tok(p.getName(), p.getNameRange()),
      ...v !== null ? { value: tok(v, vr ?? p.getRange()) } : {}
    };
  });
}
function runScripts(run2, lines, escape) {
  const rawArgs = run2.getArguments();
  const first = rawArgs[0];
  if (!first) return { exec: false, scripts: [] };
  const json2 = parseJsonArray(run2.getRawArgumentsContent() ?? "");
  if (json2) return { exec: true, scripts: [execScript(run2, json2)] };
  const end = run2.getRange().end;
  const heredocs = run2.getHeredocs();
  const command = logicalText(lines, first.getRange().start, end, escape, heredocs.length > 0);
  const scripts = [parseShell(command)];
  if (heredocs.length > 0) {
    const firstCmd = scripts[0]?.commands[0];
    const prog = firstCmd?.words[0]?.value ?? "";
    const shellFed = firstCmd === void 0 || firstCmd.words.length === 0 || /(^|\/)(ba|da|a)?sh$/.test(prog);
    if (shellFed) {
      for (const h of heredocs) {
        const cr = h.getContentRange();
        if (!cr) continue;
        const body = logicalText(
          lines,
          cr.start,
          { line: cr.end.line, character: cr.end.character },
          "\0"
        );
        scripts.push(parseShell(body));
      }
    }
  }
  return { exec: false, scripts };
}
function execSpec(ins, kw, lines, escape, base) {
  let startPos;
  if (kw === "HEALTHCHECK") {
    const sub = ins.getSubcommand();
    if (!sub || sub.getValue().toUpperCase() === "NONE") {
      return { ...base, keyword: kw, form: "none", argv: [], text: "" };
    }
    startPos = sub.getRange().end;
  } else {
    startPos = ins.getArgumentsRange()?.start;
  }
  if (!startPos) return { ...base, keyword: kw, form: "none", argv: [], text: "" };
  const src = logicalText(lines, startPos, ins.getRange().end, escape);
  const text = src.text.trim();
  const json2 = parseJsonArray(text);
  if (json2) {
    const strs = ins.getJSONStrings?.() ?? [];
    const argv = kw === "HEALTHCHECK" || strs.length !== json2.length ? jsonToks(src, json2) : json2.map((v, i) => tok(v, strs[i]?.getRange() ?? ins.getRange()));
    return { ...base, keyword: kw, form: "exec", argv, text };
  }
  return { ...base, keyword: kw, form: "shell", argv: [], script: parseShell(src), text };
}
function jsonToks(src, values) {
  const out = [];
  let i = 0;
  for (const v of values) {
    const q = src.text.indexOf('"', i);
    if (q < 0) break;
    let j = q + 1;
    while (j < src.text.length && src.text[j] !== '"') j += src.text[j] === "\\" ? 2 : 1;
    out.push({ value: v, span: src.span(q + 1, j) });
    i = j + 1;
  }
  return out;
}

// src/dockerfile/analysis.ts
var BOOL_FLAGS = /* @__PURE__ */ new Set([
  "a",
  "n",
  "race",
  "msan",
  "asan",
  "v",
  "work",
  "x",
  "trimpath",
  "linkshared",
  "cover",
  "modcacherw",
  "json",
  "i",
  "u",
  "d",
  "t",
  "x",
  "w"
]);
function parseGoFlags(words) {
  const byName = /* @__PURE__ */ new Map();
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i];
    const v = w.value;
    if (v === "--") {
      i++;
      break;
    }
    if (!v.startsWith("-") || v === "-") break;
    const body = v.replace(/^--?/, "");
    const eq = body.indexOf("=");
    if (eq >= 0) {
      byName.set(body.slice(0, eq), { name: body.slice(0, eq), value: body.slice(eq + 1), word: w });
    } else if (BOOL_FLAGS.has(body)) {
      byName.set(body, { name: body, value: "true", word: w });
    } else {
      const next = words[i + 1];
      if (next) {
        byName.set(body, { name: body, value: next.value, word: w, valueWord: next });
        i++;
      } else byName.set(body, { name: body, value: "", word: w });
    }
  }
  return { byName, packages: words.slice(i) };
}
function parseGoFlagsEnv(goflags) {
  const out = /* @__PURE__ */ new Map();
  for (const part of goflags.split(/\s+/)) {
    if (!part.startsWith("-")) continue;
    const body = part.replace(/^--?/, "");
    const eq = body.indexOf("=");
    if (eq >= 0) out.set(body.slice(0, eq), { name: body.slice(0, eq), value: body.slice(eq + 1) });
    else out.set(body, { name: body, value: "true" });
  }
  return out;
}
function scriptEnv(stage, step, script) {
  const exported = /* @__PURE__ */ new Map();
  const out = [];
  const stageLookup = (name) => {
    const e = stage.scope.get(name, step.at);
    if (!e) return { set: false, source: "unset" };
    return {
      set: true,
      source: e.kind,
      ...e.value !== void 0 ? { value: e.value } : {},
      ...e.span ? { span: e.span } : {}
    };
  };
  const lookupBefore = (name) => exported.get(name) ?? stageLookup(name);
  const valueOf = (raw) => {
    const r = expandVars(raw, (n) => {
      const v = lookupBefore(n);
      if (!v.set) return void 0;
      return v.value ?? null;
    });
    return r.unresolved ? void 0 : r.value;
  };
  for (const cmd of script.commands) {
    const { assignments, words } = unwrapCommand(cmd);
    const inline = /* @__PURE__ */ new Map();
    for (const a of assignments) {
      const kv = splitAssignment(a);
      if (!kv) continue;
      const value = valueOf(kv.value);
      inline.set(kv.name, {
        set: true,
        source: "inline",
        raw: kv.value,
        span: script.source.span(a.start, a.end),
        ...value !== void 0 ? { value } : {}
      });
    }
    const snapshot = new Map(exported);
    out.push((name) => inline.get(name) ?? snapshot.get(name) ?? stageLookup(name));
    const prog = programName({ ...cmd, words });
    if (words.length === 0) {
      for (const [name, v] of inline) if (exported.has(name) || stageLookup(name).set) exported.set(name, v);
    } else if (prog === "export" || prog === "declare" || prog === "typeset") {
      for (const w of words.slice(1)) {
        if (w.value.startsWith("-")) continue;
        const kv = splitAssignment(w);
        if (kv) {
          const value = valueOf(kv.value);
          exported.set(kv.name, {
            set: true,
            source: "export",
            raw: kv.value,
            span: script.source.span(w.start, w.end),
            ...value !== void 0 ? { value } : {}
          });
        }
      }
    } else if (prog === "unset") {
      for (const w of words.slice(1))
        if (!w.value.startsWith("-")) exported.set(w.value, { set: false, source: "unset" });
    }
  }
  return out;
}
function isGo(word) {
  if (!word) return false;
  const v = word.value;
  return v === "go" || /\/go$/.test(v) || /^go1\.\d+(\.\d+)?$/.test(v);
}
function goPath(env) {
  return env("GOPATH").value?.split(":")[0] || "/go";
}
function analyze(model) {
  const goCalls2 = [];
  for (const stage of model.stages) {
    for (const step of stage.steps) {
      if (step.keyword !== "RUN") continue;
      for (const script of step.scripts) {
        const envs = scriptEnv(stage, step, script);
        script.commands.forEach((cmd, ci) => {
          const { words } = unwrapCommand(cmd);
          const goWord = words[0];
          if (!isGo(goWord) || !goWord) return;
          const env = envs[ci];
          let k = 1;
          while (words[k]?.value.startsWith("-")) k += words[k]?.value.includes("=") ? 1 : 2;
          const subWord = words[k];
          const sub = subWord?.value ?? "";
          const args = words.slice(k + 1);
          const flags = parseGoFlags(args);
          let output;
          let outputIsDir = false;
          if (sub === "build") {
            const o = flags.byName.get("o");
            if (o) {
              const r = expandVars(o.value, (n) => {
                const v = env(n);
                return v.set ? v.value ?? null : void 0;
              });
              if (!r.unresolved) {
                output = posix2.resolve(step.workdir, r.value);
                outputIsDir = o.value.endsWith("/");
              }
            }
          } else if (sub === "install") {
            const gobin = env("GOBIN");
            output = gobin.set && gobin.value ? gobin.value : `${goPath(env)}/bin`;
            outputIsDir = true;
          }
          goCalls2.push({
            stage,
            step,
            script,
            cmd,
            goWord,
            sub,
            ...subWord ? { subWord } : {},
            args,
            flags,
            env,
            ...output !== void 0 ? { output } : {},
            outputIsDir
          });
        });
      }
    }
  }
  const finalChain = [];
  for (let s = model.target; s; s = s.from.parent !== void 0 ? model.stages[s.from.parent] : void 0) {
    if (finalChain.includes(s)) break;
    finalChain.unshift(s);
  }
  const finalSteps = finalChain.flatMap((s) => s.steps);
  const finalStages = new Set(finalChain.map((s) => s.index));
  const shipped = [];
  const seen = /* @__PURE__ */ new Set();
  const addShipped = (call, copy) => {
    if (seen.has(call)) return;
    seen.add(call);
    shipped.push(copy ? { call, copy } : { call });
  };
  const buildsOf = (stageIndex) => {
    const chain = /* @__PURE__ */ new Set();
    for (let s = model.stages[stageIndex]; s && !chain.has(s.index); s = s.from.parent !== void 0 ? model.stages[s.from.parent] : void 0)
      chain.add(s.index);
    return goCalls2.filter((c) => chain.has(c.stage.index) && (c.sub === "build" || c.sub === "install"));
  };
  for (const call of goCalls2) {
    if (finalStages.has(call.stage.index) && (call.sub === "build" || call.sub === "install"))
      addShipped(call);
  }
  const visitCopies = (steps, depth) => {
    for (const step of steps) {
      if (step.keyword !== "COPY" && step.keyword !== "ADD" || step.fromStage === void 0) continue;
      const builds2 = buildsOf(step.fromStage);
      const sources = step.sources.map((s) => posix2.resolve("/", s.value));
      const matched = builds2.filter(
        (b) => b.output !== void 0 && sources.some(
          (src) => src === b.output || src === "/" || b.output?.startsWith(`${src}/`) || b.outputIsDir && src.startsWith(`${b.output}/`)
        )
      );
      const candidates = matched.length > 0 ? matched : builds2.filter((b) => b.output === void 0);
      for (const b of candidates) addShipped(b, step);
      if (builds2.length === 0 && depth < 4) {
        const src = model.stages[step.fromStage];
        if (src) visitCopies(src.steps, depth + 1);
      }
    }
  };
  visitCopies(finalSteps, 0);
  return { model, goCalls: goCalls2, finalChain, finalSteps, shipped, finalStages };
}
var CC_PACKAGES = /^(gcc|build-base|build-essential|clang|musl-gcc|g\+\+|gcc-[\w.-]+|clang-\d+)(=.*)?$/;
function hasCompiler(call, model) {
  const chain = [];
  for (let s = call.stage; s && !chain.includes(s); s = s.from.parent !== void 0 ? model.stages[s.from.parent] : void 0)
    chain.unshift(s);
  for (const s of chain) {
    for (const step of s.steps) {
      if (step.keyword !== "RUN") continue;
      for (const script of step.scripts) {
        for (const c of script.commands) {
          const pm = packageInstall(c);
          if (pm && pm.packages.some((p) => CC_PACKAGES.test(p.value))) return true;
        }
      }
      if (step === call.step) break;
    }
  }
  return call.stage.base.cc;
}
function packageInstall(cmd) {
  const { words } = unwrapCommand(cmd);
  const prog = programName({ ...cmd, words });
  const rest = words.slice(1);
  const verbIndex = rest.findIndex((w) => !w.value.startsWith("-"));
  const verb = rest[verbIndex];
  if (!verb) return void 0;
  let manager;
  if (prog === "apk" && verb.value === "add") manager = "apk";
  else if ((prog === "apt-get" || prog === "apt") && verb.value === "install") manager = "apt";
  else if (["yum", "dnf", "microdnf"].includes(prog) && verb.value === "install") manager = "yum";
  if (!manager) return void 0;
  const after = rest.slice(verbIndex + 1);
  const options = [...rest.slice(0, verbIndex), ...after.filter((w) => w.value.startsWith("-"))];
  const valued = /* @__PURE__ */ new Set(["-t", "--virtual", "-X", "--repository", "-o", "--option", "--target-release"]);
  const packages = [];
  for (let i = 0; i < after.length; i++) {
    const w = after[i];
    if (w.value.startsWith("-")) {
      if (valued.has(w.value)) i++;
      continue;
    }
    packages.push(w);
  }
  return { manager, packages, options, verb };
}
function cgoState(call, model) {
  const v = call.env("CGO_ENABLED");
  if (v.set) {
    if (v.value === "0")
      return { enabled: false, explicit: true, why: "CGO_ENABLED=0", ...v.span ? { span: v.span } : {} };
    if (v.value === "1")
      return { enabled: true, explicit: true, why: "CGO_ENABLED=1", ...v.span ? { span: v.span } : {} };
    if (v.value === void 0 || v.value === "") {
      if (v.value === "" && v.source !== "arg" && v.source !== "auto") {
      } else return { enabled: void 0, explicit: true, why: "CGO_ENABLED is set at build time" };
    } else return { enabled: void 0, explicit: true, why: `CGO_ENABLED=${v.value}` };
  }
  const goarch = call.env("GOARCH");
  const goos = call.env("GOOS");
  if (goarch.set && goarch.source !== "unset" && !/TARGETARCH|BUILDARCH/.test(goarch.raw ?? "") || goos.set && goos.value && goos.value !== "linux") {
    return {
      enabled: void 0,
      explicit: false,
      why: "GOARCH is set (cgo is off by default when cross-compiling)"
    };
  }
  const cc = hasCompiler(call, model);
  if (cc === true)
    return {
      enabled: true,
      explicit: false,
      why: `cgo is on by default in ${call.stage.base.label}, which has a C compiler`
    };
  if (cc === false)
    return { enabled: false, explicit: false, why: `no C compiler in ${call.stage.base.label}` };
  return { enabled: void 0, explicit: false, why: "unknown builder image" };
}
function linkedStatically(call, cgo) {
  const ld = ldflagsOf(call);
  if (/-extldflags[= ]+['"]?[^'"]*-static/.test(ld) || /-extldflags=?-static/.test(ld)) return true;
  const tags = tagsOf(call);
  return !cgo.explicit && tags.includes("netgo") && tags.includes("osusergo");
}
function ldflagsOf(call) {
  const parts = [];
  const goflags = call.env("GOFLAGS").value;
  if (goflags) {
    const f = parseGoFlagsEnv(goflags).get("ldflags");
    if (f) parts.push(f.value);
  }
  const own = call.flags.byName.get("ldflags");
  if (own) parts.push(own.value);
  return parts.join(" ");
}
function tagsOf(call) {
  const out = [];
  const goflags = call.env("GOFLAGS").value;
  const all = [
    goflags ? parseGoFlagsEnv(goflags).get("tags")?.value : void 0,
    call.flags.byName.get("tags")?.value
  ];
  for (const t of all) if (t) out.push(...t.split(/[,\s]+/).filter(Boolean));
  return out;
}
function goFlag(call, name) {
  const own = call.flags.byName.get(name);
  if (own) return own;
  const goflags = call.env("GOFLAGS").value;
  return goflags ? parseGoFlagsEnv(goflags).get(name) : void 0;
}
function libcLabel(l) {
  return l === "none" ? "no C library" : l === "glibc" ? "glibc" : l === "musl" ? "musl" : "an unknown C library";
}

// src/dockerfile/rules/process.ts
import { posix as posix4 } from "node:path";

// src/dockerfile/rules/fs.ts
import { posix as posix3 } from "node:path";
var STANDARD_DIRS = /* @__PURE__ */ new Set([
  "/",
  "/bin",
  "/sbin",
  "/usr",
  "/usr/bin",
  "/usr/sbin",
  "/usr/local",
  "/usr/local/bin",
  "/usr/local/sbin",
  "/usr/lib",
  "/usr/share",
  "/lib",
  "/etc",
  "/opt",
  "/srv",
  "/var",
  "/tmp",
  "/root",
  "/home",
  "/run",
  "/mnt"
]);
function isDirLike(source) {
  return source === "." || source === "./" || source.endsWith("/") || source.endsWith("/.") || /[*?[$]/.test(source) || source.startsWith("http://") || source.startsWith("https://");
}
var cache = /* @__PURE__ */ new WeakMap();
function finalFs(a) {
  const hit = cache.get(a);
  if (hit) return hit;
  const fs = computeFinalFs(a);
  cache.set(a, fs);
  return fs;
}
function stageDirs(a, index) {
  const dirs = /* @__PURE__ */ new Set(["/"]);
  const seen = /* @__PURE__ */ new Set();
  const stages = a.model.stages;
  for (let s = stages[index]; s && !seen.has(s.index); s = s.from.parent !== void 0 ? stages[s.from.parent] : void 0) {
    seen.add(s.index);
    for (const st of s.steps) {
      if (st.keyword === "WORKDIR") dirs.add(st.workdir);
      if ((st.keyword === "COPY" || st.keyword === "ADD") && st.destAbs?.endsWith("/"))
        dirs.add(st.destAbs.replace(/(.)\/$/, "$1"));
    }
  }
  for (const c of a.goCalls) {
    if (!seen.has(c.stage.index) || !c.output) continue;
    for (let d = c.outputIsDir ? c.output.replace(/(.)\/$/, "$1") : posix3.dirname(c.output); d !== "/"; d = posix3.dirname(d))
      dirs.add(d);
  }
  return dirs;
}
function computeFinalFs(a) {
  const files = /* @__PURE__ */ new Map();
  const openDirs = [];
  const createdDirs = /* @__PURE__ */ new Set();
  const packages = /* @__PURE__ */ new Set();
  const runs = [];
  const base = a.model.target?.base;
  for (const step of a.finalSteps) {
    if (step.keyword === "WORKDIR") {
      for (let d = step.workdir; d !== "/" && d !== "."; d = posix3.dirname(d)) createdDirs.add(d);
    } else if (step.keyword === "RUN") {
      runs.push(step.scripts.map((s) => s.source.text).join("\n"));
      for (const script of step.scripts)
        for (const c of script.commands) {
          const pm = packageInstall(c);
          if (pm) for (const p of pm.packages) packages.add(p.value.replace(/[=<>~].*$/, ""));
        }
    } else if ((step.keyword === "COPY" || step.keyword === "ADD") && step.destAbs) {
      const destIsDir = step.destAbs.endsWith("/") || step.sources.length > 1;
      const dest = step.destAbs.replace(/(.)\/$/, "$1");
      const mode = step.chmod?.value;
      const fromDirs = step.fromStage !== void 0 ? stageDirs(a, step.fromStage) : void 0;
      for (const src of step.sources) {
        const srcAbs = fromDirs ? posix3.resolve("/", src.value) : "";
        if (isDirLike(src.value) || fromDirs?.has(srcAbs) || step.keyword === "ADD" && /\.(tar|tgz|tar\.\w+)$/.test(src.value)) {
          openDirs.push(dest);
          createdDirs.add(dest);
          continue;
        }
        const existingDir = createdDirs.has(dest) || !base?.minimal && STANDARD_DIRS.has(dest);
        const path12 = destIsDir || existingDir ? posix3.join(dest, posix3.basename(src.value)) : dest;
        files.set(path12, { copy: step, source: src, ...mode ? { mode } : {} });
        for (let d = posix3.dirname(path12); d !== "/" && d !== "."; d = posix3.dirname(d)) createdDirs.add(d);
      }
    }
  }
  return { files, openDirs, createdDirs, packages, runs, closed: base?.minimal === true };
}
function pathState(fs, path12) {
  if (fs.files.has(path12)) return "yes";
  if (fs.openDirs.some((d) => d === "/" || path12 === d || path12.startsWith(`${d}/`))) return "unknown";
  const name = posix3.basename(path12);
  if (fs.runs.some((r) => r.includes(name))) return "unknown";
  if (fs.closed) return "no";
  const dir = posix3.dirname(path12);
  if (fs.createdDirs.has(dir) && !STANDARD_DIRS.has(dir) && fs.runs.length === 0) return "no";
  return "unknown";
}
function notExecutable(mode) {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.slice(-3);
    return [...digits].every((d) => (Number(d) & 1) === 0);
  }
  if (/^[ugoa]*[=+-][rwxXst]*(,[ugoa]*[=+-][rwxXst]*)*$/.test(mode)) {
    return !/x|X/.test(mode) && mode.split(",").every((p) => p.includes("="));
  }
  return false;
}

// src/dockerfile/rules/process.ts
function execName(spec2) {
  return spec2.keyword === "HEALTHCHECK" ? "HEALTHCHECK CMD" : spec2.keyword;
}
function specProgram(spec2) {
  if (spec2.form === "exec") {
    const first = spec2.argv[0];
    return first ? { value: first.value, span: first.span } : void 0;
  }
  const script = spec2.script;
  const cmd = script?.commands.find((c) => c.words.length > 0);
  if (!script || !cmd) return void 0;
  const { words } = unwrapCommand(cmd);
  const w = words[0];
  return w ? { value: w.value, span: script.source.span(w.start, w.end), word: w } : void 0;
}
function runtimeSpecs(stage) {
  return [stage.entrypoint, stage.cmd].filter((s) => s !== void 0 && s.form !== "none");
}
var GC101 = {
  code: "GC101",
  title: "Shell-form ENTRYPOINT/CMD",
  severity: "warning",
  description: "ENTRYPOINT or CMD in shell form runs the program under `/bin/sh -c`: PID 1 is the shell, so SIGTERM never reaches the Go program, and on images without /bin/sh (scratch, distroless) the container does not start at all.",
  fix: 'Use the exec form: `ENTRYPOINT ["/app"]` (a JSON array, double quotes).',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const ep = t.entrypoint;
    const cmd = t.cmd;
    const noShell = t.base.shell === false && !finalFs(ctx.analysis).files.has("/bin/sh");
    for (const spec2 of [ep, cmd]) {
      if (!spec2 || spec2.form !== "shell") continue;
      if (spec2 === cmd && ep && ep.form === "shell") continue;
      const startsWithExec = /^exec\s/.test(spec2.text);
      if (noShell) {
        ctx.report({
          at: spec2.keywordSpan,
          severity: "error",
          message: `${spec2.keyword} in shell form runs "/bin/sh -c ${short(spec2.text)}", but the final image ${t.rootImage} (${t.base.label}) has no /bin/sh: the container fails to start with exec: "/bin/sh": no such file or directory`
        });
      } else if (spec2 === cmd && ep && ep.form === "exec") {
        ctx.report({
          at: spec2.keywordSpan,
          message: `CMD in shell form after an exec-form ENTRYPOINT passes "/bin/sh", "-c", "${short(spec2.text)}" as arguments to ${ep.argv[0]?.value ?? "the ENTRYPOINT"}`
        });
      } else if (!startsWithExec) {
        ctx.report({
          at: spec2.keywordSpan,
          message: `${spec2.keyword} in shell form: PID 1 is /bin/sh -c "${short(spec2.text)}", so SIGTERM from docker stop does not reach the Go program`
        });
      }
    }
  }
};
function short(text, max = 60) {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max)}\u2026` : t;
}
function isGoProgram(v) {
  return v === "go" || v.endsWith("/go") || /^go1\.\d+/.test(v);
}
var GC102 = {
  code: "GC102",
  title: "`go run` or the go tool at run time",
  severity: "warning",
  description: "ENTRYPOINT/CMD runs the go command (`go run`, `go build`): the toolchain and sources ship in the runtime image and the program is compiled at every start.",
  fix: "Build the binary in a builder stage (`go build -o /out/app`), copy only the binary into a small final image and run it directly.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    for (const spec2 of runtimeSpecs(t)) {
      const p = specProgram(spec2);
      if (p && isGoProgram(p.value)) {
        const sub = spec2.form === "exec" ? spec2.argv[1]?.value : void 0;
        ctx.report({
          at: p.span,
          message: `${execName(spec2)} runs the go command${sub ? ` (go ${sub})` : ""}: the program is compiled at every container start and the toolchain ships in the image`
        });
        return;
      }
    }
  }
};
var GC103 = {
  code: "GC103",
  title: "Final image is the Go toolchain image",
  severity: "warning",
  description: "The final stage is based on the Go toolchain image (a single-stage build): the image carries the compiler, the module cache and the sources, hundreds of MB the program does not need.",
  fix: "Use a multi-stage build: compile in `FROM golang AS build`, then `FROM gcr.io/distroless/static` (or scratch) and `COPY --from=build` only the binary.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    if (t.base.go) {
      const root = ctx.analysis.finalChain[0] ?? t;
      ctx.report({
        at: root.from.imageSpan,
        message: `the final image is built on the Go toolchain image ${t.rootImage}: compiler and sources ship with the program`
      });
      return;
    }
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword !== "RUN") continue;
      for (const script of step.scripts)
        for (const c of script.commands) {
          const words = unwrapCommand(c).words;
          const prog = programName({ ...c, words });
          if (!["apk", "apt-get", "apt", "yum", "dnf"].includes(prog)) continue;
          const pkg = words.find((w) => /^(go|golang|golang-go)(=.*)?$/.test(w.value));
          if (pkg) {
            ctx.report({
              at: script.source.span(pkg.start, pkg.end),
              message: `the final image installs the Go toolchain (${pkg.value}): compile in a builder stage instead`
            });
            return;
          }
        }
    }
  }
};
var INIT_FILE = /(^|\/)(\.bashrc|\.bash_profile|\.profile|\.zshrc|\.zprofile)$|^\/etc\/(profile|profile\.d\/.*|environment|bash\.bashrc)$/;
var GC104 = {
  code: "GC104",
  title: "Environment set in a RUN or in shell init files",
  severity: "warning",
  description: "`RUN export X=...` ends with its RUN: later instructions and the running container never see X. Shell init files (/etc/profile, ~/.bashrc) are not read by an exec-form ENTRYPOINT either.",
  fix: "Use `ENV X=value` for anything later steps or the program need.",
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== "RUN") continue;
        for (const script of step.scripts) {
          const cmds = script.commands.filter((c) => c.words.length > 0 || c.assignments.length > 0);
          cmds.forEach((c, i) => {
            const words = unwrapCommand(c).words;
            const prog = programName({ ...c, words });
            if (prog === "export") {
              const later = cmds.slice(i + 1).some((n) => {
                const p = programName({ ...n, words: unwrapCommand(n).words });
                return p !== "export" && p !== "" && p !== "true";
              });
              if (!later) {
                const vars = words.slice(1).filter((w) => !w.value.startsWith("-"));
                const names = vars.map((w) => w.value.split("=")[0]).join(", ");
                const first = words[0];
                ctx.report({
                  at: script.source.span(first.start, first.end),
                  message: `export ${names} in RUN ends with this RUN: later instructions and the running container do not see it; use ENV`
                });
              }
            }
            for (const r of c.redirects) {
              if ((r.op === ">" || r.op === ">>") && r.target && INIT_FILE.test(expandHome(r.target.value))) {
                ctx.report({
                  at: script.source.span(r.target.start, r.target.end),
                  message: `writes environment to ${r.target.value}: an exec-form ENTRYPOINT and later RUNs do not read shell init files; use ENV`
                });
              }
            }
            if (prog === "tee") {
              for (const w of words.slice(1)) {
                if (!w.value.startsWith("-") && INIT_FILE.test(expandHome(w.value))) {
                  ctx.report({
                    at: script.source.span(w.start, w.end),
                    message: `writes environment to ${w.value}: an exec-form ENTRYPOINT and later RUNs do not read shell init files; use ENV`
                  });
                }
              }
            }
          });
        }
      }
    }
  }
};
function expandHome(p) {
  return p.replace(/^(~|\$HOME|\$\{HOME\})\//, "/root/");
}
var PROXY_KEYS = /* @__PURE__ */ new Set([
  "GOPROXY",
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOSUMDB",
  "GOINSECURE",
  "GOFLAGS",
  "GONOSUMCHECK"
]);
function goEnvWrites(ctx) {
  const out = [];
  for (const call of ctx.analysis.goCalls) {
    if (call.sub !== "env" || !call.args.some((w) => w.value === "-w")) continue;
    out.push({
      script: call.script,
      go: call.goWord,
      pairs: call.args.filter((w) => !w.value.startsWith("-") && w.value.includes("="))
    });
  }
  return out;
}
var GC105 = {
  code: "GC105",
  title: "`go env -w` in the Dockerfile",
  severity: "warning",
  description: "`go env -w` writes hidden state into the GOENV file ($HOME/.config/go/env) of that layer; later layers and cached builds inherit it invisibly.",
  fix: "Set the variable with `ENV NAME=value` (or per command: `NAME=value go build`), where it is visible in the Dockerfile and the image config.",
  check(ctx) {
    for (const w of goEnvWrites(ctx)) {
      const other = w.pairs.find((p) => !PROXY_KEYS.has(p.value.split("=")[0] ?? ""));
      if (other) {
        ctx.report({
          at: w.script.source.span(other.start, other.end),
          message: `go env -w ${other.value} writes the GOENV file of this layer: later layers inherit it invisibly; use ENV ${other.value}`
        });
      }
    }
  }
};
function stepVarRefs(step) {
  if (step.keyword === "RUN") {
    if (step.exec) return [];
    const out = [];
    for (const script of step.scripts) {
      const local = /* @__PURE__ */ new Set();
      for (const c of script.commands) {
        for (const a of c.assignments) local.add(a.value.split("=")[0] ?? "");
        const words = c.words;
        const prog = programName(c);
        if (prog === "for" && words[1]) local.add(words[1].value);
        if (prog === "read") {
          for (const w of words.slice(1)) if (!w.value.startsWith("-")) local.add(w.value);
        }
        if (prog === "export" || prog === "local" || prog === "declare")
          for (const w of words.slice(1)) local.add(w.value.split("=")[0] ?? "");
        const all = [...c.assignments, ...words, ...c.redirects.flatMap((r) => r.target ? [r.target] : [])];
        for (const w of all) {
          for (const v of w.vars) {
            if (!local.has(v.name)) out.push({ name: v.name, span: script.source.span(v.start, v.end) });
          }
        }
      }
    }
    return out;
  }
  if (step.keyword === "ENTRYPOINT" || step.keyword === "CMD" || step.keyword === "HEALTHCHECK") return [];
  try {
    return step.instruction.getVariables().map((v) => ({
      name: v.getName(),
      span: { start: toPos1(v.getRange().start), end: toPos1(v.getRange().end) }
    }));
  } catch {
    return [];
  }
}
function toPos1(p) {
  return { line: p.line + 1, column: p.character + 1 };
}
var GC106 = {
  code: "GC106",
  title: "Global ARG not declared in the stage",
  severity: "warning",
  description: "An ARG declared before the first FROM (and the automatic TARGETARCH, TARGETOS, BUILDPLATFORM...) is only in scope for FROM lines; inside a stage it is empty unless the stage declares it again with `ARG NAME`.",
  fix: "Add `ARG NAME` (no value: it inherits the global default) after the FROM of every stage that uses it.",
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      const reported = /* @__PURE__ */ new Set();
      for (const step of stage.steps) {
        for (const ref of stepVarRefs(step)) {
          if (reported.has(ref.name) || PREDEFINED_ARGS.has(ref.name)) continue;
          const global = model.globalArgs.get(ref.name);
          if (!global) continue;
          if (stage.scope.get(ref.name, step.at)) continue;
          reported.add(ref.name);
          const where = global.kind === "auto" ? "an automatic platform ARG of the global scope" : `declared before the first FROM (line ${global.span?.start.line ?? "?"})`;
          ctx.report({
            at: ref.span,
            message: `$${ref.name} is empty in stage ${stageName(stage)}: ${ref.name} is ${where} but not declared in this stage; add ARG ${ref.name} after its FROM`
          });
        }
      }
    }
  }
};
function stageName(stage) {
  return stage.name ? `'${stage.name}'` : `#${stage.index}`;
}
var VAR_IN_TEXT = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
var GC107 = {
  code: "GC107",
  title: "ARG or variable expected at run time",
  severity: "warning",
  description: 'ARG values exist only while the image is built; ENTRYPOINT/CMD/HEALTHCHECK run later and never see them. Exec form does not expand variables at all: the program receives "$NAME" literally.',
  fix: "Persist the value with `ENV NAME=$NAME`; to expand variables at run time, pass them as program flags read from the environment, or use a shell wrapper explicitly.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const specs = [t.entrypoint, t.cmd, t.healthcheck].filter((s) => !!s && s.form !== "none");
    for (const spec2 of specs) {
      const isShellWrapper = spec2.form === "exec" && /(^|\/)(ba|da|a)?sh$/.test(spec2.argv[0]?.value ?? "") && spec2.argv[1]?.value === "-c";
      if (spec2.form === "shell" || isShellWrapper) {
        const refs = [];
        if (spec2.script) {
          for (const c of spec2.script.commands)
            for (const w of [...c.assignments, ...c.words])
              for (const v of w.vars)
                refs.push({ name: v.name, span: spec2.script.source.span(v.start, v.end) });
        } else {
          const arg = spec2.argv[2];
          if (arg)
            for (const m of arg.value.matchAll(VAR_IN_TEXT))
              refs.push({ name: m[1], span: arg.span });
        }
        for (const ref of refs) {
          const e = t.scope.get(ref.name);
          const global = ctx.model.globalArgs.get(ref.name);
          if (e?.kind === "env") continue;
          if (e?.kind === "arg" || e?.kind === "auto" || global && !e) {
            ctx.report({
              at: ref.span,
              message: `${execName(spec2)} uses $${ref.name}, an ARG: ARG values are gone when the container runs, so it expands to empty; persist it with ENV ${ref.name}=$${ref.name}`
            });
          }
        }
        continue;
      }
      for (const a of spec2.argv) {
        for (const m of a.value.matchAll(VAR_IN_TEXT)) {
          const name = m[1];
          const e = t.scope.get(name);
          const kind = e?.kind === "env" ? "ENV" : e || ctx.model.globalArgs.has(name) ? "ARG" : "variable";
          ctx.report({
            at: a.span,
            message: `${execName(spec2)} in exec form passes "${a.value}" literally: exec form does not expand $${name} (${kind}); read the ${kind === "ARG" ? "value from an ENV" : "environment"} in the program or use a shell wrapper`
          });
          break;
        }
      }
    }
  }
};
var GC108 = {
  code: "GC108",
  title: "ENTRYPOINT/CMD program missing in the final image",
  severity: "error",
  description: 'The program ENTRYPOINT/CMD names does not exist, or is not executable, in the final image: the COPY put the binary elsewhere, WORKDIR differs from the COPY destination, or --chmod removed the execute bit. The container fails with `exec: "./app": no such file or directory` or `permission denied`.',
  fix: 'Make the ENTRYPOINT path the exact destination of the COPY (prefer absolute paths: `COPY --from=build /out/app /app` and `ENTRYPOINT ["/app"]`).',
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const spec2 = t.entrypoint ?? t.cmd;
    if (!spec2 || spec2.form === "none") return;
    const p = specProgram(spec2);
    if (!p || p.value === "" || /[$`]/.test(p.value)) return;
    if (spec2.form === "shell" && t.base.shell === false) return;
    const fs = finalFs(ctx.analysis);
    checkProgram(ctx, fs, spec2, p, t);
  }
};
function pathDirs(stage) {
  const path12 = stage.scope.get("PATH")?.value ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  return path12.split(":").filter((d) => d.startsWith("/"));
}
function checkProgram(ctx, fs, spec2, p, t) {
  const name = execName(spec2);
  if (!p.value.includes("/")) {
    if (!fs.closed) return;
    const candidates = pathDirs(t).map((d) => posix4.join(d, p.value));
    const states = candidates.map((c) => pathState(fs, c));
    if (states.includes("yes") || states.includes("unknown")) {
      const hit = candidates.find((c) => fs.files.has(c));
      if (hit) modeCheck(ctx, fs, hit, p, name);
      return;
    }
    ctx.report({
      at: p.span,
      message: `${name} runs "${p.value}", which is not in PATH of the final image (${t.base.label}): nothing is copied to ${pathDirs(t).slice(0, 3).join(", ")}...; the container fails with executable file not found`
    });
    return;
  }
  const abs = posix4.resolve(spec2.workdir, p.value);
  const state = pathState(fs, abs);
  if (state === "yes") {
    modeCheck(ctx, fs, abs, p, name);
    return;
  }
  if (state === "unknown") return;
  const base = posix4.basename(abs);
  const elsewhere = [...fs.files.keys()].find((f) => posix4.basename(f) === base);
  const relative = !p.value.startsWith("/");
  let why;
  if (elsewhere && relative) why = `WORKDIR is ${spec2.workdir} but the binary was copied to ${elsewhere}`;
  else if (elsewhere) why = `the binary was copied to ${elsewhere}`;
  else why = `nothing in the final image is copied to ${abs}`;
  ctx.report({
    at: p.span,
    message: `${name} runs "${p.value}" (${abs}), which does not exist in the final image: ${why}; the container fails with no such file or directory`
  });
}
function modeCheck(ctx, fs, path12, p, name) {
  const f = fs.files.get(path12);
  if (f?.mode && notExecutable(f.mode)) {
    ctx.report({
      at: p.span,
      message: `${name} runs "${p.value}", copied with --chmod=${f.mode} (line ${f.copy.span.start.line}) which has no execute bit: the container fails with permission denied`
    });
  }
}
function isRoot(user) {
  const name = user.split(":")[0]?.trim() ?? "";
  return name === "root" || name === "0";
}
var GC109 = {
  code: "GC109",
  title: "Final stage runs as root",
  severity: "warning",
  description: 'The container runs as root (no USER, or USER 0/root): it fails the Kubernetes "restricted" Pod Security profile and gives an exploit in the program root inside the container.',
  fix: "Add `USER 65532:65532` (distroless: use the `:nonroot` tag) in the final stage, after the steps that need root.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const user = t.user;
    if (user) {
      if (/\$/.test(user.value) || !isRoot(user.value)) return;
      ctx.report({
        at: user.span,
        message: `the final stage sets USER ${user.value}: the program runs as root`
      });
      return;
    }
    if (t.base.nonroot) return;
    ctx.report({
      at: t.from.keywordSpan,
      message: `the final stage has no USER instruction and ${t.rootImage || "its base"} runs as root: the program runs as root`
    });
  }
};
var GC110 = {
  code: "GC110",
  title: "Cache mount unusable by the non-root user",
  severity: "warning",
  description: "After `USER nonroot`, a `RUN --mount=type=cache` without uid/gid is owned by root (permission denied), and a target under /root is not where that user's GOCACHE/GOMODCACHE are (silently no cache).",
  fix: "Add `uid=<uid>,gid=<gid>` to the mount and point it at the user's cache (or set ENV GOCACHE/GOMODCACHE to the mount target).",
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const step of stage.steps) {
        if (step.keyword !== "RUN" || !step.user) continue;
        const user = step.user.value;
        if (isRoot(user) || /\$/.test(user)) continue;
        for (const m of step.mounts) {
          if (m.type !== "cache") continue;
          const problems = [];
          if (m.uid === void 0) problems.push("it has no uid=/gid= and is owned by root");
          const target = m.target ?? "";
          const envTargets = ["GOCACHE", "GOMODCACHE", "GOPATH"].map((n) => stage.scope.get(n, step.at)?.value).filter(Boolean);
          if (target.startsWith("/root/") && !envTargets.some((e) => e === target || e.startsWith(`${target}/`))) {
            problems.push(
              `its target ${target} is not the cache of user ${user} (GOCACHE is under that user's HOME)`
            );
          }
          if (problems.length > 0) {
            ctx.report({
              at: m.span,
              message: `cache mount ${target || "(no target)"} is used by USER ${user} (line ${step.user.span.start.line}), but ${problems.join(", and ")}`
            });
          }
        }
      }
    }
  }
};
function baseHasTool(kind, labelShell, tool) {
  const busyboxTools = ["wget", "nc", "sh"];
  switch (kind) {
    case "scratch":
    case "static":
      return false;
    case "distroless":
    case "chainguard":
      return labelShell ? busyboxTools.includes(tool) : false;
    case "alpine":
    case "musl":
    case "busybox":
      return busyboxTools.includes(tool) ? true : tool === "curl" ? false : void 0;
    case "debian":
    case "ubuntu":
      return tool === "curl" || tool === "wget" ? false : void 0;
    case "golang":
      return void 0;
    default:
      return void 0;
  }
}
var GC111 = {
  code: "GC111",
  title: "HEALTHCHECK tool missing from the final image",
  severity: "error",
  description: "HEALTHCHECK runs a program (curl, wget, a shell) that the final image does not contain: the check always fails and the container is never healthy.",
  fix: 'Build a tiny health-check mode into the Go binary (`HEALTHCHECK CMD ["/app", "-health"]`), or copy a static probe binary into the image.',
  check(ctx) {
    const t = ctx.model.target;
    const hc = t?.healthcheck;
    if (!t || !hc || hc.form === "none") return;
    const fs = finalFs(ctx.analysis);
    if (hc.form === "shell" && t.base.shell === false && !fs.files.has("/bin/sh")) {
      ctx.report({
        at: hc.keywordSpan,
        message: `HEALTHCHECK CMD in shell form needs /bin/sh, which the final image ${t.rootImage} (${t.base.label}) does not have: the check never succeeds`
      });
      return;
    }
    const p = specProgram(hc);
    if (!p || /[$`]/.test(p.value)) return;
    const tool = posix4.basename(p.value);
    if (p.value.includes("/")) {
      const abs = posix4.resolve(hc.workdir, p.value);
      if (pathState(fs, abs) === "no") {
        ctx.report({
          at: p.span,
          message: `HEALTHCHECK runs ${p.value}, which does not exist in the final image ${t.rootImage} (${t.base.label})`
        });
      }
      return;
    }
    if ([...fs.files.keys()].some((f) => posix4.basename(f) === tool)) return;
    if (fs.packages.has(tool) || fs.openDirs.length > 0) return;
    const has = baseHasTool(t.base.kind, t.base.shell, tool);
    if (has === false || has === void 0 && fs.closed) {
      ctx.report({
        at: p.span,
        message: `HEALTHCHECK runs ${tool}, which the final image ${t.rootImage} (${t.base.label}) does not contain: the container never becomes healthy`
      });
    }
  }
};
var PROCESS_RULES = [
  GC101,
  GC102,
  GC103,
  GC104,
  GC105,
  GC106,
  GC107,
  GC108,
  GC109,
  GC110,
  GC111
];

// src/dockerfile/rules/compile.ts
function wordSpan(call, w = call.goWord) {
  return call.script.source.span(w.start, w.end);
}
function builds(ctx) {
  const shipped = ctx.analysis.shipped.map((s) => s.call);
  if (shipped.length > 0) return shipped;
  return ctx.analysis.goCalls.filter(
    (c) => (c.sub === "build" || c.sub === "install") && ctx.model.used.has(c.stage.index)
  );
}
function allBuilds(ctx) {
  return ctx.analysis.goCalls.filter((c) => c.sub === "build" || c.sub === "install");
}
var GC201 = {
  code: "GC201",
  title: "cgo binary in an image without libc",
  severity: "error",
  description: "The binary is built with cgo enabled (explicitly, or by default because the builder has a C compiler), so it is dynamically linked against libc; the final image (scratch, distroless static) has no libc and the kernel cannot start it: `exec /app: no such file or directory`.",
  fix: "Build with `CGO_ENABLED=0` (pure Go, static), or keep cgo and use a final image with the same libc (distroless base/cc for glibc).",
  check(ctx) {
    const t = ctx.model.target;
    if (!t || t.base.libc !== "none") return;
    for (const { call, copy } of ctx.analysis.shipped) {
      const cgo = cgoState(call, ctx.model);
      if (cgo.enabled !== true || linkedStatically(call, cgo)) continue;
      const via = copy ? `, copied into the final stage at line ${copy.span.start.line}` : "";
      ctx.report({
        at: cgo.explicit && cgo.span ? cgo.span : wordSpan(call),
        message: `go ${call.sub} in stage ${stageName(call.stage)} makes a dynamically linked binary (${cgo.why})${via}; the final image ${t.rootImage} (${t.base.label}) has no C library: the container fails with "no such file or directory"; set CGO_ENABLED=0`
      });
    }
  }
};
var GC202 = {
  code: "GC202",
  title: "libc mismatch between builder and final image",
  severity: "error",
  description: 'A cgo binary linked against glibc runs in a musl (alpine) image, or the reverse: the dynamic loader is missing or incompatible; "alpine-glibc" shims (gcompat, libc6-compat) mix both and fail in subtle ways.',
  fix: "Use the same libc on both sides (golang:*-alpine with alpine, golang (Debian) with distroless base/debian), or build with CGO_ENABLED=0.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const finalLibc = t.base.libc;
    if (finalLibc === "glibc" || finalLibc === "musl") {
      for (const { call } of ctx.analysis.shipped) {
        const builderLibc = call.stage.base.libc;
        if (!builderLibc || builderLibc === "none" || builderLibc === finalLibc) continue;
        const cgo = cgoState(call, ctx.model);
        if (cgo.enabled !== true || linkedStatically(call, cgo)) continue;
        ctx.report({
          at: cgo.explicit && cgo.span ? cgo.span : wordSpan(call),
          message: `go ${call.sub} in stage ${stageName(call.stage)} links against ${libcLabel(builderLibc)} (${cgo.why}), but the final image ${t.rootImage} (${t.base.label}) has ${libcLabel(finalLibc)}: the binary fails to start; set CGO_ENABLED=0 or use matching images`
        });
      }
    }
    if (finalLibc === "musl") {
      for (const step of ctx.analysis.finalSteps) {
        if (step.keyword !== "RUN") continue;
        for (const script of step.scripts)
          for (const c of script.commands) {
            const pm = packageInstall(c);
            const shim = pm?.packages.find(
              (p) => /^(gcompat|libc6-compat|glibc|glibc-bin)(=.*)?$/.test(p.value)
            );
            if (shim) {
              ctx.report({
                at: script.source.span(shim.start, shim.end),
                severity: "warning",
                message: `${shim.value} puts a glibc compatibility layer into a musl image: glibc binaries may start but crash in DNS, TLS or malloc; build for musl or with CGO_ENABLED=0`
              });
            }
          }
      }
    }
  }
};
var RUNNER_ARCH = /uname|go\s+env\s+GOARCH|BUILDARCH|BUILDPLATFORM|dpkg\s+--print-architecture|arch\b/;
var GC203 = {
  code: "GC203",
  title: "GOARCH/GOOS not taken from the target platform",
  severity: "warning",
  description: "GOARCH (or GOOS) is hard-coded, taken from the build machine, or missing in a stage that runs on $BUILDPLATFORM: the binary's architecture differs from the image platform and the container fails with `exec format error`.",
  fix: "Declare `ARG TARGETOS TARGETARCH` in the build stage and build with `GOOS=$TARGETOS GOARCH=$TARGETARCH go build ...`.",
  check(ctx) {
    const platforms = ctx.input.platforms ?? [];
    const archs = new Set(platforms.map((p) => p.split("/")[1]).filter(Boolean));
    for (const call of builds(ctx)) {
      const goarch = call.env("GOARCH");
      const goos = call.env("GOOS");
      const raw = goarch.raw ?? (goarch.source === "env" || goarch.source === "arg" ? entryRaw(call, "GOARCH") : void 0);
      if (goarch.set && goarch.source !== "auto") {
        const text = raw ?? goarch.value ?? "";
        if (/TARGETARCH|TARGETPLATFORM/.test(text)) continue;
        if (RUNNER_ARCH.test(text)) {
          ctx.report({
            at: goarch.span ?? wordSpan(call),
            message: `GOARCH=${text} is the build machine's architecture, not the image platform's: a cross-platform build gets a binary that fails with exec format error; use GOARCH=$TARGETARCH`
          });
          continue;
        }
        if (goarch.value && !/\$/.test(goarch.value)) {
          const mismatch = archs.size > 0 && [...archs].some((a) => a !== goarch.value);
          ctx.report({
            at: goarch.span ?? wordSpan(call),
            severity: mismatch ? "error" : "warning",
            message: mismatch ? `GOARCH=${goarch.value} is hard-coded but the build targets ${platforms.join(", ")}: the image for another architecture gets a binary for ${goarch.value} and fails with exec format error; use GOARCH=$TARGETARCH` : `GOARCH=${goarch.value} is hard-coded: building the image for another platform puts a binary for ${goarch.value} into it (exec format error); use GOARCH=$TARGETARCH`
          });
        }
        continue;
      }
      if (goos.set && goos.value && goos.value !== "linux" && !/\$/.test(goos.value)) {
        ctx.report({
          at: goos.span ?? wordSpan(call),
          severity: "error",
          message: `GOOS=${goos.value} builds a binary for ${goos.value}, but container images run on Linux: exec format error; use GOOS=$TARGETOS`
        });
        continue;
      }
      const platform = call.stage.from.platform?.value ?? "";
      if (/BUILDPLATFORM/.test(platform) && !goarch.set) {
        ctx.report({
          at: wordSpan(call),
          severity: archs.size > 1 ? "error" : "warning",
          message: `stage ${stageName(call.stage)} runs on $BUILDPLATFORM but go ${call.sub} sets no GOARCH: the binary is built for the build machine, not the target platform (exec format error on other platforms); set GOOS=$TARGETOS GOARCH=$TARGETARCH`
        });
      }
    }
  }
};
function entryRaw(call, name) {
  const e = call.stage.scope.get(name, call.step.at);
  if (!e?.span) return e?.value;
  for (const st of call.stage.steps) {
    if (st.keyword !== "ENV" && st.keyword !== "ARG") continue;
    for (const p of st.pairs) if (p.name.span === e.span) return p.value?.value ?? e.value;
  }
  return e.value;
}
var GC204 = {
  code: "GC204",
  title: "Builder stage emulated instead of cross-compiling",
  severity: "warning",
  description: "A builder stage without `--platform=$BUILDPLATFORM` in a multi-platform build runs once per target platform under QEMU emulation: Go compiles 5-20x slower although it can cross-compile natively.",
  fix: "Use `FROM --platform=$BUILDPLATFORM golang:... AS build` and `GOOS=$TARGETOS GOARCH=$TARGETARCH go build`.",
  check(ctx) {
    if (!ctx.model.usesTargetArgs) return;
    const seen = /* @__PURE__ */ new Set();
    for (const { call } of ctx.analysis.shipped) {
      const stage = call.stage;
      if (seen.has(stage.index) || ctx.analysis.finalStages.has(stage.index)) continue;
      seen.add(stage.index);
      const platform = stage.from.platform?.value ?? "";
      if (/BUILDPLATFORM/.test(platform)) continue;
      if (platform !== "" && !/TARGETPLATFORM/.test(platform)) continue;
      const cgo = cgoState(call, ctx.model);
      if (cgo.explicit && cgo.enabled === true) continue;
      ctx.report({
        at: stage.from.keywordSpan,
        message: `builder stage ${stageName(stage)} has no --platform=$BUILDPLATFORM: in a multi-platform build Go runs under emulation for every platform instead of cross-compiling`
      });
    }
  }
};
var GC205 = {
  code: "GC205",
  title: "`go build -a`",
  severity: "warning",
  description: "`-a` forces a rebuild of every package, so the build cache is never used and every build is a cold build.",
  fix: "Remove `-a`. A static binary comes from `CGO_ENABLED=0`, not from `-a`.",
  check(ctx) {
    for (const call of allBuilds(ctx)) {
      const a = goFlag(call, "a");
      if (!a || a.value === "false") continue;
      ctx.report({
        at: a.word ? wordSpan(call, a.word) : call.env("GOFLAGS").span ?? wordSpan(call),
        message: `go ${call.sub} -a rebuilds every package and defeats the build cache`
      });
    }
  }
};
var GC206 = {
  code: "GC206",
  title: "No `-trimpath`",
  severity: "warning",
  description: "Without `-trimpath` the binary embeds absolute paths of the build machine (module cache, source directory): its bytes depend on where it was built, and stack traces leak build paths.",
  fix: "Add `-trimpath` to go build (or `ENV GOFLAGS=-trimpath`).",
  check(ctx) {
    for (const call of builds(ctx)) {
      const f = goFlag(call, "trimpath");
      if (f && f.value !== "false") continue;
      ctx.report({
        at: wordSpan(call, call.subWord ?? call.goWord),
        message: `go ${call.sub} without -trimpath embeds absolute build paths: the binary differs between build machines`
      });
    }
  }
};
var GC207 = {
  code: "GC207",
  title: "`-extldflags -static` that does not do what it says",
  severity: "warning",
  description: '`-ldflags "-extldflags -static"` only reaches the external linker: with CGO_ENABLED=0 it is meaningless, and with cgo on Go often links internally and ignores it, so the binary stays dynamic.',
  fix: 'For a pure Go program use `CGO_ENABLED=0` and drop the flag; when cgo is needed, use `-ldflags "-linkmode external -extldflags -static"` and check the result (`file app`).',
  check(ctx) {
    for (const call of allBuilds(ctx)) {
      const ld = ldflagsOf(call);
      if (!/extldflags/.test(ld) || !/-static/.test(ld.slice(ld.indexOf("extldflags")))) continue;
      const f = call.flags.byName.get("ldflags");
      const w = f?.valueWord ?? f?.word;
      let at = wordSpan(call);
      if (w) {
        const idx = w.raw.indexOf("-extldflags");
        at = idx >= 0 ? call.script.source.span(w.start + idx, w.start + idx + "-extldflags".length) : wordSpan(call, w);
      }
      const cgo = cgoState(call, ctx.model);
      if (cgo.enabled === false) {
        ctx.report({
          at,
          severity: "info",
          message: `-extldflags -static has no effect with ${cgo.why}: the Go linker builds a static binary anyway; drop the flag`
        });
      } else if (!/-linkmode[= ]+['"]?external/.test(ld)) {
        ctx.report({
          at,
          message: `-extldflags -static without -linkmode external: with cgo on (${cgo.why}) Go may link internally and ignore it, leaving a dynamic binary`
        });
      }
    }
  }
};
var DATE_SUBST = /\$\(\s*date\b|`\s*date\b/;
var GC209 = {
  code: "GC209",
  title: "Build stamped with the clock",
  severity: "warning",
  description: "A value taken from the clock (`-X main.date=$(date)`) is linked into the binary: every build produces different bytes and a different image digest although nothing changed.",
  fix: "Stamp the commit time instead (`-X main.date=${SOURCE_DATE_EPOCH}` passed as a build arg from `git log -1 --format=%ct`), or the VCS info Go embeds itself.",
  check(ctx) {
    for (const call of allBuilds(ctx)) {
      const f = call.flags.byName.get("ldflags");
      const w = f?.valueWord ?? f?.word;
      const ld = ldflagsOf(call);
      if (w && DATE_SUBST.test(w.raw)) {
        const m = DATE_SUBST.exec(w.raw);
        ctx.report({
          at: call.script.source.span(w.start + m.index, w.start + m.index + m[0].length),
          message: `-ldflags stamps the build time with ${m[0].trim()}...: every build has a different binary and image digest`
        });
        continue;
      }
      const clockVars = /* @__PURE__ */ new Set();
      for (const c of call.script.commands) {
        if (c === call.cmd) break;
        for (const a of [...c.assignments, ...c.words]) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(a.value);
          if (m && DATE_SUBST.test(a.raw)) clockVars.add(m[1]);
        }
      }
      const used = [...clockVars].find((v) => new RegExp(`\\$\\{?${v}\\b`).test(ld));
      if (used && w) {
        const m = new RegExp(`\\$\\{?${used}\\b\\}?`).exec(w.raw);
        const idx = m?.index ?? 0;
        ctx.report({
          at: call.script.source.span(w.start + idx, w.start + idx + (m?.[0].length ?? 1)),
          message: `-ldflags uses $${used}, set from the clock earlier in this RUN: every build has a different binary and image digest`
        });
      }
    }
  }
};
var COMPILE_RULES = [GC201, GC202, GC203, GC204, GC205, GC206, GC207, GC209];

// src/dockerfile/rules/contents.ts
import { posix as posix5 } from "node:path";

// src/dockerfile/dockerignore.ts
function clean(p) {
  const parts = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function toRegExp(pattern) {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, "\\\\");
        re += `[${body.startsWith("^") || body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === "\\" && i + 1 < pattern.length) {
      re += `\\${pattern[++i]}`;
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  try {
    return new RegExp(`${re}$`);
  } catch {
    return /$^/;
  }
}
function parseDockerignore(text) {
  const out = [];
  text.split("\n").forEach((raw, idx) => {
    let p = raw.replace(/\r$/, "").trim();
    if (p === "" || p.startsWith("#")) return;
    let negate = false;
    if (p.startsWith("!")) {
      negate = true;
      p = p.slice(1).trim();
    }
    p = clean(p);
    if (p === "") return;
    out.push({ pattern: p, negate, line: idx + 1, re: toRegExp(p) });
  });
  return out;
}
function isExcluded(patterns, path12) {
  const p = clean(path12);
  const parents = [];
  const parts = p.split("/");
  for (let i = 1; i <= parts.length; i++) parents.push(parts.slice(0, i).join("/"));
  let excluded = false;
  for (const pat of patterns) {
    if (parents.some((q) => pat.re.test(q))) excluded = !pat.negate;
  }
  return excluded;
}

// src/dockerfile/rules/modules.ts
function span(call, w = call.goWord) {
  return call.script.source.span(w.start, w.end);
}
function isContextCopy(step) {
  return step.fromStage === void 0 && !step.from && step.sources.some((s) => [".", "./", "*", "./*", "/"].includes(s.value));
}
function isModDownload(call) {
  return call.sub === "mod" && call.args[0]?.value === "download";
}
function stepIndex(stage, step) {
  return stage.steps.indexOf(step);
}
var GC301 = {
  code: "GC301",
  title: "Sources copied before the module download",
  severity: "warning",
  description: "`COPY . .` before `go mod download` (or a build that downloads modules itself) ties the module-download layer to every source file: any change re-downloads all modules.",
  fix: "Copy go.mod and go.sum first, run `go mod download`, then copy the sources: `COPY go.mod go.sum ./`, `RUN go mod download`, `COPY . .`.",
  check(ctx) {
    const mainMod = ctx.input.goMods?.[0]?.mod;
    if (mainMod && mainMod.requires.length === 0) return;
    if (ctx.input.contextEntries?.includes("vendor/")) return;
    for (const stage of ctx.model.stages) {
      if (!ctx.model.used.has(stage.index)) continue;
      const calls = ctx.analysis.goCalls.filter((c) => c.stage === stage);
      if (calls.length === 0) continue;
      const copy = stage.steps.find(
        (s) => (s.keyword === "COPY" || s.keyword === "ADD") && isContextCopy(s)
      );
      if (!copy) continue;
      const at = stepIndex(stage, copy);
      const before = calls.filter((c) => stepIndex(stage, c.step) < at);
      const after = calls.filter((c) => stepIndex(stage, c.step) > at);
      if (before.some(isModDownload)) continue;
      const download = after.find(isModDownload);
      if (download) {
        ctx.report({
          at: copy.keywordSpan,
          message: `${copy.keyword} ${copy.sources.map((s) => s.value).join(" ")} comes before go mod download (line ${download.step.span.start.line}): every source change re-downloads all modules`
        });
        continue;
      }
      const build = after.find((c) => ["build", "install", "test", "vet", "generate"].includes(c.sub));
      if (build && !hasModCacheMount(build)) {
        ctx.report({
          at: copy.keywordSpan,
          message: `${copy.keyword} ${copy.sources.map((s) => s.value).join(" ")} comes before any go mod download: go ${build.sub} (line ${build.step.span.start.line}) downloads all modules again after every source change`
        });
      }
    }
  }
};
function homeOf(call) {
  const home = call.env("HOME").value;
  if (home) return home;
  const user = call.step.user?.value.split(":")[0];
  return !user || user === "root" || user === "0" ? "/root" : `/home/${user}`;
}
function goCachePath(call) {
  return call.env("GOCACHE").value || `${homeOf(call)}/.cache/go-build`;
}
function goModCachePath(call) {
  const gomodcache = call.env("GOMODCACHE").value;
  if (gomodcache) return gomodcache;
  const gopath = call.env("GOPATH").value?.split(":")[0] || (call.stage.base.kind === "golang" ? "/go" : `${homeOf(call)}/go`);
  return `${gopath}/pkg/mod`;
}
function covers(step, path12) {
  return step.mounts.some((m) => {
    if (m.type !== "cache" || !m.target) return false;
    const t = m.target.replace(/(.)\/$/, "$1");
    return path12 === t || path12.startsWith(`${t}/`);
  });
}
function hasModCacheMount(call) {
  return covers(call.step, goModCachePath(call)) || call.step.mounts.some((m) => m.type === "cache" && /pkg\/mod\/?$/.test(m.target ?? ""));
}
var GC302 = {
  code: "GC302",
  title: "No cache mount for the Go build cache",
  severity: "warning",
  description: "go build runs without `RUN --mount=type=cache` for GOCACHE (and GOMODCACHE): when the layer is invalidated (any source change), every package and module is compiled or downloaded from zero.",
  fix: "Use `RUN --mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod go build ...` (and let go-container-ci persist the mounts between CI runs).",
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const calls = ctx.analysis.goCalls.filter(
      (c) => ["build", "install", "test"].includes(c.sub) && ctx.model.used.has(c.stage.index)
    );
    for (const call of calls) {
      if (seen.has(call.step)) continue;
      seen.add(call.step);
      const missing = [];
      const gocache = goCachePath(call);
      if (!covers(call.step, gocache) && !call.step.mounts.some((m) => m.type === "cache" && /go-build\/?$/.test(m.target ?? "")))
        missing.push(`GOCACHE (${gocache})`);
      const downloadedBefore = ctx.analysis.goCalls.some(
        (c) => c.stage === call.stage && isModDownload(c) && stepIndex(c.stage, c.step) < stepIndex(call.stage, call.step)
      );
      const noDeps = ctx.input.goMods?.[0]?.mod.requires.length === 0;
      if (!downloadedBefore && !noDeps && !hasModCacheMount(call) && !ctx.input.contextEntries?.includes("vendor/")) {
        missing.push(`GOMODCACHE (${goModCachePath(call)})`);
      }
      if (missing.length === 0) continue;
      ctx.report({
        at: span(call),
        message: `go ${call.sub} runs without a cache mount for ${missing.join(" and ")}: after any source change ${missing.length > 1 ? "all modules are downloaded and all packages compiled from zero" : missing[0]?.startsWith("GOCACHE") ? "all packages are compiled from zero" : "all modules are downloaded again"}`
      });
    }
  }
};
var GC304 = {
  code: "GC304",
  title: "Build arg passed but not declared",
  severity: "warning",
  description: "A build arg is passed (build-args input) but no stage that is built declares it with ARG, or it is declared only before the first FROM and never redeclared: the value is silently ignored.",
  fix: "Declare `ARG NAME` in the stage that uses it (after its FROM), or stop passing the arg.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t) return;
    const passed = Object.keys(ctx.input.buildArgs ?? {});
    for (const name of passed) {
      if (PREDEFINED_ARGS.has(name) || BUILDKIT_ARGS.test(name)) continue;
      const inStages = ctx.model.stages.some(
        (s) => ctx.model.used.has(s.index) && s.steps.some((st) => st.keyword === "ARG" && st.pairs.some((p) => p.name.value === name))
      );
      if (inStages) continue;
      const global = ctx.model.globalArgs.get(name);
      if (global && global.kind === "arg") {
        const inFrom = ctx.model.stages.some(
          (s) => ctx.model.used.has(s.index) && new RegExp(`\\$\\{?${name}\\b`).test(s.from.raw)
        );
        if (inFrom) continue;
        ctx.report({
          at: global.span ?? t.from.keywordSpan,
          message: `build arg ${name} is passed and declared before the first FROM, but no stage that is built declares ARG ${name} or uses it in FROM: the value is ignored`
        });
        continue;
      }
      ctx.report({
        at: t.from.keywordSpan,
        message: `build arg ${name} is passed but no stage that is built declares ARG ${name}: the value is silently ignored`
      });
    }
  }
};
var GC306 = {
  code: "GC306",
  title: "Unpinned build input",
  severity: "warning",
  description: "An input that changes over time without a change to the repository: a base image by moving tag (or :latest, or no tag), `go install ...@latest`, `ADD https://...` without a checksum, `git clone` of a branch, `curl | sh`, unpinned packages. The same commit builds different images on different days.",
  fix: "Pin base images by digest (`golang:1.26@sha256:...`), tools by version (`@v1.2.3`), downloads with `ADD --checksum=sha256:...`, and clones by commit.",
  check(ctx) {
    const { model } = ctx;
    for (const stage of model.stages) {
      if (!model.used.has(stage.index) || stage.from.parent !== void 0) continue;
      const f = stage.from;
      if (f.image.toLowerCase() === "scratch" || f.unresolved || f.image === "") continue;
      const img = splitImage(f.image);
      if (!img || img.digest) continue;
      if (!img.tag || img.tag === "latest") {
        ctx.report({
          at: f.imageSpan,
          message: `FROM ${f.image} ${img.tag ? "uses the moving tag :latest" : "has no tag (means :latest)"}: the base changes without any change to the repository; pin a version and a digest`
        });
      } else {
        ctx.report({
          at: f.imageSpan,
          severity: "info",
          message: `FROM ${f.image} is pinned by tag only: the tag can move; add the digest (${f.raw}@sha256:...)`
        });
      }
    }
    for (const call of ctx.analysis.goCalls) {
      if (!model.used.has(call.stage.index) || !["install", "get", "run"].includes(call.sub)) continue;
      for (const w of call.flags.packages) {
        const m = /@(latest|master|main|HEAD|upgrade|patch)$/.exec(w.value);
        if (m) {
          ctx.report({
            at: span(call, w),
            message: `go ${call.sub} ${w.value} resolves ${m[1]} at build time: a different version on a different day; pin a version (@v1.2.3)`
          });
        }
      }
    }
    for (const stage of model.stages) {
      if (!model.used.has(stage.index)) continue;
      for (const step of stage.steps) {
        if (step.keyword === "ADD") {
          if (step.flags.has("checksum")) continue;
          for (const s of step.sources) {
            if (/^https?:\/\//i.test(s.value)) {
              ctx.report({
                at: s.span,
                message: `ADD ${s.value} downloads without --checksum: the content can change under the same URL`
              });
            }
          }
        }
        if (step.keyword !== "RUN") continue;
        for (const script of step.scripts) checkRunPins(ctx, script);
      }
    }
  }
};
function checkRunPins(ctx, script) {
  const cmds = script.commands;
  cmds.forEach((c, i) => {
    const words = unwrapCommand(c).words;
    const prog = programName({ ...c, words });
    if (prog === "git" && words[1]?.value === "clone") {
      const pinnedFlag = words.some(
        (w) => w.value === "--branch" || w.value === "-b" || w.value.startsWith("--branch=")
      );
      const checkout = cmds.slice(i + 1).some(
        (n) => programName(n) === "git" && ["checkout", "reset", "switch"].includes(n.words[1]?.value ?? "")
      );
      if (!pinnedFlag && !checkout) {
        const w = words[0];
        ctx.report({
          at: script.source.span(w.start, w.end),
          message: "git clone without a fixed ref: builds whatever the default branch is that day; check out a commit or tag"
        });
      }
    }
    if ((prog === "curl" || prog === "wget") && cmds[i + 1]?.connector === "|") {
      const next = cmds[i + 1];
      const np = next ? programName(next) : "";
      if (/^(ba|da|a|z)?sh$/.test(np)) {
        const w = words[0];
        ctx.report({
          at: script.source.span(w.start, w.end),
          message: `${prog} | ${np} runs a remote script that can change at any time; download a pinned version and verify its checksum`
        });
      }
    }
    const pm = packageInstall(c);
    if (pm) {
      const sep = pm.manager === "apk" ? "=" : "=";
      const unpinned = pm.packages.filter(
        (p) => !p.value.includes(sep) && !/[<>~]/.test(p.value) && !p.value.startsWith("$")
      );
      const first = unpinned[0];
      if (first) {
        ctx.report({
          at: script.source.span(first.start, first.end),
          severity: "info",
          message: `${pm.manager === "apt" ? "apt-get install" : pm.manager === "apk" ? "apk add" : "install"} of ${unpinned.map((p) => p.value).join(", ")} without versions: the packages change between builds`
        });
      }
    }
  });
}
var GC307 = {
  code: "GC307",
  title: "Module graph resolved during the build",
  severity: "warning",
  description: "`GOFLAGS=-mod=mod`, `go mod tidy` or `go get` in the build, or a module without go.sum: go.mod/go.sum are rewritten while building, so the dependency versions drift away from what the repository pins.",
  fix: "Commit go.mod and go.sum, keep the default `-mod=readonly`, and run `go mod tidy` in development, not in the Dockerfile.",
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    const once = (at, message) => {
      const key = `${at.start.line}:${at.start.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      ctx.report({ at, message });
    };
    for (const call of ctx.analysis.goCalls) {
      const mod = call.flags.byName.get("mod");
      if (mod?.value === "mod" && mod.word) {
        once(span(call, mod.word), `go ${call.sub} -mod=mod rewrites go.mod and go.sum during the build`);
      }
      const goflags = call.env("GOFLAGS");
      if (goflags.value && parseGoFlagsEnv(goflags.value).get("mod")?.value === "mod") {
        once(
          goflags.span ?? span(call),
          `GOFLAGS=${goflags.value} makes go rewrite go.mod and go.sum during the build`
        );
      }
      if (call.sub === "mod" && call.args[0]?.value === "tidy") {
        once(
          span(call),
          "go mod tidy in the Dockerfile rewrites go.mod and go.sum during the build: the image is built from a module graph the repository does not pin"
        );
      }
      if (call.sub === "get" && call.flags.packages.length > 0) {
        once(
          span(call),
          `go get ${call.flags.packages.map((w) => w.value).join(" ")} changes go.mod during the build`
        );
      }
    }
    for (const gm of ctx.input.goMods ?? []) {
      if (gm.hasGoSum === false && gm.mod.requires.length > 0) {
        const line = gm.mod.module?.line ?? 1;
        ctx.report({
          at: { line, column: 1 },
          file: gm.file,
          message: `${gm.file} requires ${gm.mod.requires.length} module(s) but there is no go.sum next to it: versions are not verified and go may resolve them during the build`
        });
      }
    }
  }
};
function settings(ctx) {
  const out = [];
  for (const e of ctx.model.globalArgs.values())
    if (e.kind === "arg" && e.value !== void 0 && e.span)
      out.push({ name: e.name, value: e.value, at: e.span });
  for (const stage of ctx.model.stages) {
    for (const step of stage.steps) {
      if (step.keyword === "ENV" || step.keyword === "ARG") {
        for (const p of step.pairs)
          if (p.value) out.push({ name: p.name.value, value: p.value.value, at: p.name.span });
      }
      if (step.keyword !== "RUN") continue;
      for (const script of step.scripts) {
        for (const c of script.commands) {
          const { assignments, words } = unwrapCommand(c);
          const prog = programName({ ...c, words });
          const ws = [...assignments, ...prog === "export" ? words.slice(1) : []];
          for (const w of ws) {
            const kv = splitAssignment(w);
            if (kv) out.push({ name: kv.name, value: kv.value, at: script.source.span(w.start, w.end) });
          }
        }
      }
    }
  }
  for (const w of goEnvWrites(ctx)) {
    for (const p of w.pairs) {
      const eq = p.value.indexOf("=");
      out.push({
        name: p.value.slice(0, eq),
        value: p.value.slice(eq + 1),
        at: w.script.source.span(p.start, p.end)
      });
    }
  }
  return out;
}
var MATCH_ALL = /^(\*|\*\/\*|\*\.\*|\.\*)$/;
var GC308 = {
  code: "GC308",
  title: "Checksum database or proxy bypassed",
  severity: "warning",
  description: "`GOSUMDB=off`, `GONOSUMDB=*`/`GOPRIVATE=*`, `GONOSUMCHECK=1`, `GOINSECURE`, `GOFLAGS=-insecure` turn off the verification of downloaded modules against the checksum database; `GOPROXY=direct` fetches straight from VCS hosts.",
  fix: "Keep GOSUMDB on; list only your private module paths in GOPRIVATE/GONOSUMDB (e.g. `github.com/acme/*`); use the default GOPROXY or your own proxy.",
  check(ctx) {
    const seen = /* @__PURE__ */ new Set();
    for (const s of settings(ctx)) {
      const key = `${s.at.start.line}:${s.at.start.column}:${s.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const v = s.value.replace(/^["']|["']$/g, "");
      let message;
      let severity;
      if (s.name === "GOSUMDB" && v === "off")
        message = "GOSUMDB=off turns off checksum verification of every downloaded module";
      else if ((s.name === "GONOSUMDB" || s.name === "GOPRIVATE") && v.split(",").some((p) => MATCH_ALL.test(p.trim())))
        message = `${s.name}=${v} exempts every module from the checksum database`;
      else if (s.name === "GONOSUMCHECK" && v === "1")
        message = "GONOSUMCHECK=1 turns off checksum verification";
      else if (s.name === "GOINSECURE" && v !== "")
        message = `GOINSECURE=${v} allows module downloads over plain HTTP without verification`;
      else if (s.name === "GOFLAGS" && /(^|\s)-insecure\b/.test(v))
        message = "GOFLAGS=-insecure allows insecure module downloads";
      else if (s.name === "GOPROXY" && /^direct$/.test(v)) {
        message = "GOPROXY=direct fetches every module straight from its VCS host, bypassing the module proxy";
        severity = "info";
      }
      if (message) ctx.report({ at: s.at, message, ...severity ? { severity } : {} });
    }
  }
};
var GC309 = {
  code: "GC309",
  title: "Proxy settings baked into a cached layer",
  severity: "warning",
  description: "`go env -w GOPROXY=...` (or GOPRIVATE, GONOSUMDB, GOFLAGS...) writes the setting into the GOENV file of a layer; BuildKit reuses that layer from cache after the setting was changed elsewhere, so the wrong proxy is used without any visible trace.",
  fix: "Pass proxy settings as build args and `ARG GOPROXY` (they are then part of the cache key), or `ENV GOPROXY=...`, never `go env -w`.",
  check(ctx) {
    for (const w of goEnvWrites(ctx)) {
      for (const p of w.pairs) {
        const name = p.value.split("=")[0] ?? "";
        if (!PROXY_KEYS.has(name)) continue;
        ctx.report({
          at: w.script.source.span(p.start, p.end),
          message: `go env -w ${p.value} bakes ${name} into the GOENV file of a cached layer: after the setting changes, BuildKit can still reuse the old layer; use ARG ${name} (passed as a build arg) instead`
        });
      }
    }
  }
};
var MODULE_RULES = [GC301, GC302, GC304, GC306, GC307, GC308, GC309];

// src/dockerfile/rules/contents.ts
var SENSITIVE = [
  { re: /^\.env(\..+)?$/, what: "environment file" },
  { re: /\.(pem|key|p12|pfx)$/, what: "key material" },
  { re: /^id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/, what: "SSH key" },
  { re: /^\.(netrc|git-credentials|npmrc|pypirc)$/, what: "credentials file" },
  { re: /^\.(ssh|aws|gnupg)\/$/, what: "credentials directory" },
  { re: /^node_modules\/$/, what: "node_modules" }
];
var GC401 = {
  code: "GC401",
  title: "Build context not filtered by .dockerignore",
  severity: "warning",
  description: "The Dockerfile copies the whole build context, and there is no .dockerignore (or it does not exclude .git, .env files, keys, node_modules): the context upload is slow, secrets can land in the image, and any change to .git busts the cache.",
  fix: "Add a .dockerignore next to the build context with at least `.git`, `.env*`, `*.pem`, `*.key`, build output and editor files; or copy only what the build needs.",
  check(ctx) {
    const copies = [];
    for (const stage of ctx.model.stages) {
      if (!ctx.model.used.has(stage.index)) continue;
      for (const s of stage.steps)
        if ((s.keyword === "COPY" || s.keyword === "ADD") && isContextCopy(s)) copies.push(s);
    }
    const first = copies[0];
    if (!first) return;
    const di = ctx.input.dockerignore;
    if (!di) {
      ctx.report({
        at: first.keywordSpan,
        message: `${first.keyword} ${first.sources.map((s) => s.value).join(" ")} sends the whole build context, but there is no .dockerignore: .git, local .env files and keys go to the builder and into the image`
      });
      return;
    }
    const patterns = parseDockerignore(di.text);
    const missing = [];
    if (!isExcluded(patterns, ".git") && (ctx.input.contextEntries === void 0 || ctx.input.contextEntries.includes(".git/")))
      missing.push(".git");
    for (const entry of ctx.input.contextEntries ?? []) {
      const name = entry.replace(/^.*\/(?=[^/]+\/?$)/, "");
      const hit = SENSITIVE.find((s) => s.re.test(name));
      if (hit && !isExcluded(patterns, entry.replace(/\/$/, "")))
        missing.push(`${entry.replace(/\/$/, "")} (${hit.what})`);
    }
    if (missing.length > 0) {
      ctx.report({
        at: { line: 1, column: 1 },
        file: di.file,
        message: `${di.file} does not exclude ${missing.join(", ")}, and ${first.keyword} at line ${first.span.start.line} of the Dockerfile copies the whole context`
      });
    }
  }
};
function sourceDirs(stages, index) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (let s = stages[index]; s && !seen.has(s.index); s = s.from.parent !== void 0 ? stages[s.from.parent] : void 0) {
    seen.add(s.index);
    for (const st of s.steps) {
      if ((st.keyword === "COPY" || st.keyword === "ADD") && isContextCopy(st) && st.destAbs)
        out.push(st.destAbs.replace(/(.)\/$/, "$1"));
    }
  }
  return out;
}
var GC402 = {
  code: "GC402",
  title: "Whole build directory copied into the final image",
  severity: "warning",
  description: "`COPY --from=build /src /app` copies the build stage's whole source directory: sources, go.mod, .git and test data land in the runtime image next to the binary.",
  fix: "Copy only the binary (and the files it needs at run time): `COPY --from=build /out/app /app`.",
  check(ctx) {
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword !== "COPY" && step.keyword !== "ADD" || step.fromStage === void 0) continue;
      const dirs = sourceDirs(ctx.model.stages, step.fromStage);
      if (dirs.length === 0) continue;
      const from = ctx.model.stages[step.fromStage];
      for (const src of step.sources) {
        const abs = posix5.resolve(from.workdir, src.value).replace(/(.)\/$/, "$1");
        const dir = dirs.find((d) => d === abs || d.startsWith(abs === "/" ? "/" : `${abs}/`));
        if (dir) {
          ctx.report({
            at: src.span,
            message: `COPY --from=${step.from?.value ?? ""} ${src.value} copies ${abs}, which holds the build context of stage ${stageName(from)} (${dir}): sources, go.mod and .git land in the final image; copy only the binary`
          });
        }
      }
    }
  }
};
var SECRET_NAME = /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|AUTH|NETRC)(_|$)/i;
var NOT_SECRET = /(_FILE|_PATH|_DIR|_ID|_URL|_USER(NAME)?|_TYPE|_HOST)$/i;
var SECRET_FILE = /(^|\/)(\.netrc|\.git-credentials|id_(rsa|dsa|ecdsa|ed25519)|\.ssh\/?|[^/]+\.key|\.npmrc)$/;
var GC403 = {
  code: "GC403",
  title: "Secret passed as ARG/ENV or copied into a layer",
  severity: "warning",
  description: "Tokens and passwords passed as ARG or ENV (or .netrc/SSH keys copied or written in a RUN) are stored in the image history or layers: anyone who can pull the image can read them.",
  fix: "Use BuildKit secrets: `RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download` and pass `--secret id=netrc,src=$HOME/.netrc`.",
  check(ctx) {
    const reportName = (name, span2, kind) => {
      if (!SECRET_NAME.test(name) || NOT_SECRET.test(name)) return;
      ctx.report({
        at: span2,
        severity: kind === "ENV" ? "error" : "warning",
        message: kind === "ENV" ? `ENV ${name} stores a secret in the image config: anyone who pulls the image can read it; use RUN --mount=type=secret` : `ARG ${name} looks like a secret: build arg values are recorded in the image history; use RUN --mount=type=secret`
      });
    };
    for (const e of ctx.model.globalArgs.values())
      if (e.kind === "arg" && e.span) reportName(e.name, e.span, "ARG");
    for (const stage of ctx.model.stages) {
      for (const step of stage.steps) {
        if (step.keyword === "ARG" || step.keyword === "ENV") {
          for (const p of step.pairs) reportName(p.name.value, p.name.span, step.keyword);
        } else if ((step.keyword === "COPY" || step.keyword === "ADD") && step.fromStage === void 0 && !step.from) {
          for (const s of step.sources) {
            if (SECRET_FILE.test(s.value)) {
              ctx.report({
                at: s.span,
                message: `${step.keyword} ${s.value} puts a credentials file into a layer, where it stays even if a later step deletes it; use RUN --mount=type=secret`
              });
            }
          }
        } else if (step.keyword === "RUN") {
          for (const script of step.scripts)
            for (const c of script.commands)
              for (const r of c.redirects) {
                if ((r.op === ">" || r.op === ">>") && r.target && /(^|\/)(\.netrc|\.git-credentials)$/.test(r.target.value)) {
                  ctx.report({
                    at: script.source.span(r.target.start, r.target.end),
                    message: `RUN writes credentials to ${r.target.value}: the file stays in the layer; use RUN --mount=type=secret`
                  });
                }
              }
        }
      }
    }
  }
};
var GC404 = {
  code: "GC404",
  title: "No CA certificates in the final image",
  severity: "warning",
  description: "The final image (scratch, debian/ubuntu slim) has no CA certificates: any HTTPS or TLS connection the program makes fails with `x509: certificate signed by unknown authority`.",
  fix: "Copy them from the builder (`COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`), install ca-certificates, or use gcr.io/distroless/static, which has them.",
  check(ctx) {
    const t = ctx.model.target;
    if (!t || t.base.caCerts !== false) return;
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword === "COPY" || step.keyword === "ADD") {
        const texts = [...step.sources.map((s) => s.value), step.destAbs ?? ""];
        if (texts.some((x) => /ca-certificates|\/etc\/ssl|\/etc\/pki|certs?\/?$|\.crt$/.test(x))) return;
      }
      if (step.keyword === "RUN") {
        for (const script of step.scripts)
          for (const c of script.commands) {
            const pm = packageInstall(c);
            if (pm?.packages.some((p) => /^ca-certificates/.test(p.value))) return;
          }
      }
    }
    if (t.scope.get("SSL_CERT_FILE") || t.scope.get("SSL_CERT_DIR")) return;
    const root = ctx.analysis.finalChain[0] ?? t;
    ctx.report({
      at: root.from.imageSpan,
      message: `the final image ${t.rootImage} (${t.base.label}) has no CA certificates and none are copied or installed: TLS connections fail with x509: certificate signed by unknown authority`
    });
  }
};
var GC407 = {
  code: "GC407",
  title: "Package manager cache left in the image",
  severity: "info",
  description: "`apk add` without `--no-cache`, or `apt-get install` without removing /var/lib/apt/lists in the same RUN, leaves package indexes in a layer of the final image.",
  fix: "Use `apk add --no-cache ...`; for apt: `apt-get update && apt-get install -y --no-install-recommends ... && rm -rf /var/lib/apt/lists/*` in one RUN (or a cache mount).",
  check(ctx) {
    for (const step of ctx.analysis.finalSteps) {
      if (step.keyword !== "RUN") continue;
      const text = step.scripts.map((s) => s.source.text).join("\n");
      const cacheMount = (p) => step.mounts.some((m) => m.type === "cache" && p.test(m.target ?? ""));
      for (const script of step.scripts)
        for (const c of script.commands) {
          const pm = packageInstall(c);
          if (!pm) continue;
          const { words } = unwrapCommand(c);
          const w = words[0];
          if (!w) continue;
          const at = script.source.span(w.start, w.end);
          if (pm.manager === "apk") {
            if (pm.options.some((o) => o.value === "--no-cache") || /\/var\/cache\/apk/.test(text) || cacheMount(/\/var\/cache\/apk/))
              continue;
            ctx.report({
              at,
              message: "apk add without --no-cache leaves the package index in the final image"
            });
          } else if (pm.manager === "apt") {
            if (/rm\s+(-\w+\s+)*\/var\/lib\/apt\/lists/.test(text) || cacheMount(/\/var\/lib\/apt/) || programName(c) === "apt-get" && /apt-get\s+clean/.test(text) && /lists/.test(text))
              continue;
            ctx.report({
              at,
              message: `${programName(c)} install without rm -rf /var/lib/apt/lists/* in the same RUN leaves the package lists in the final image`
            });
          }
        }
    }
  }
};
var CONTENT_RULES = [GC401, GC402, GC403, GC404, GC407];

// src/dockerfile/rules/index.ts
var RULES = [...PROCESS_RULES, ...COMPILE_RULES, ...MODULE_RULES, ...CONTENT_RULES];
var RULES_BY_CODE = new Map(RULES.map((r) => [r.code, r]));

// src/dockerfile/lint.ts
var LINT_STAGE = "lint";
function isSpan(at) {
  return at.start !== void 0;
}
function applyPolicy(findings, policy = {}) {
  const disabled = new Set((policy.disable ?? []).map((c) => c.toUpperCase()));
  const out = [];
  for (const f of findings) {
    if (disabled.has(f.code)) continue;
    const sev = policy.severity?.[f.code];
    if (sev === "off") continue;
    out.push(sev ? { ...f, severity: sev } : f);
  }
  return out;
}
function lintDockerfile(input, policy = {}) {
  const model = buildModel(input.text, {
    ...input.target ? { target: input.target } : {},
    ...input.platforms ? { platforms: input.platforms } : {},
    ...input.buildArgs ? { buildArgs: input.buildArgs } : {}
  });
  const errors = [];
  if (model.stages.length === 0) {
    const parseProblem = model.problems.find((p) => p.includes("could not be parsed"));
    errors.push(parseProblem ?? `${input.file} is not a Dockerfile: it has no FROM instruction`);
    return { findings: [], errors, model };
  }
  const analysis = analyze(model);
  const raw = [];
  for (const rule of RULES) {
    const ctx = {
      input,
      model,
      analysis,
      report: (r) => raw.push(toFinding(rule, input.file, r))
    };
    rule.check(ctx);
  }
  const seen = /* @__PURE__ */ new Set();
  const kept = [];
  for (const f of raw) {
    const key = `${f.code}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (f.file === input.file && f.line !== void 0) {
      const ignored = model.ignores.get(f.line);
      if (ignored && (ignored.has(f.code) || ignored.has("ALL"))) continue;
    }
    kept.push(f);
  }
  return { findings: applyPolicy(kept, policy).sort(compareFindings), errors, model };
}
function toFinding(rule, dockerfile, r) {
  const start = isSpan(r.at) ? r.at.start : r.at;
  const end = isSpan(r.at) ? r.at.end : void 0;
  return {
    code: rule.code,
    severity: r.severity ?? rule.severity,
    title: rule.title,
    message: r.message,
    stage: LINT_STAGE,
    file: r.file ?? dockerfile,
    line: start.line,
    column: start.column,
    ...end ? { endLine: end.line, endColumn: end.column } : {},
    fix: r.fix ?? rule.fix,
    docsUrl: ruleDocsUrl(rule.code)
  };
}

// src/stages/lint.ts
var MAX_CONTEXT_ENTRIES = 2e3;
async function contextEntries(contextDir) {
  try {
    const entries = await readdir2(contextDir, { withFileTypes: true });
    return entries.slice(0, MAX_CONTEXT_ENTRIES).map((e) => e.isDirectory() ? `${e.name}/` : e.name).sort();
  } catch {
    return void 0;
  }
}
async function exists(file) {
  return stat2(file).then(
    (s) => s.isFile(),
    () => false
  );
}
async function lintInputFrom(facts, config) {
  const goMods = [];
  for (const gm of facts.goMods) {
    const goSum = path4.join(config.workspace, path4.dirname(gm.file), "go.sum");
    goMods.push({ file: gm.file, mod: gm.mod, hasGoSum: await exists(goSum) });
  }
  const entries = await contextEntries(config.contextDir);
  return {
    file: facts.dockerfile,
    text: facts.dockerfileText,
    goMods,
    ...facts.dockerignore ? { dockerignore: facts.dockerignore } : {},
    ...entries ? { contextEntries: entries } : {},
    ...config.target ? { target: config.target } : {},
    ...config.platforms.length > 0 ? { platforms: config.platforms } : {},
    ...Object.keys(config.buildArgs).length > 0 ? { buildArgs: config.buildArgs } : {}
  };
}
function policyFrom(config) {
  return { disable: config.lintDisable, severity: config.lintSeverity };
}
var lintStage = {
  name: "lint",
  description: "Check the Dockerfile, .dockerignore and go.mod against the Go-in-container rules (GC1xx-GC4xx).",
  skip: (ctx) => ctx.facts.discover ? void 0 : "no Dockerfile was discovered",
  async run(ctx) {
    const facts = ctx.facts.discover;
    const input = await lintInputFrom(facts, ctx.config);
    const result = lintDockerfile(input, policyFrom(ctx.config));
    if (result.errors.length > 0) throw new InputError("dockerfile", result.errors.join("; "));
    ctx.addFindings(result.findings);
    ctx.facts.lint = { model: result.model, findingCount: result.findings.length };
    const counts = ["error", "warning", "info"].map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`).join(", ");
    ctx.host.log.info(`${facts.dockerfile}: ${result.model.stages.length} stage(s); findings: ${counts}`);
  }
};

// src/stages/build.ts
import { chmod, mkdir as mkdir2, rm, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";

// src/tools/buildx.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/tools/buildx-metadata.ts
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function parseBuildMetadata(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`buildx metadata file is not JSON: ${e.message}`, { cause: e });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new Error("buildx metadata file is not a JSON object");
  const obj = raw;
  const descriptor = obj["containerimage.descriptor"];
  const digest = [str(obj["containerimage.digest"]), str(descriptor?.digest)].find(
    (d) => d && DIGEST.test(d)
  );
  const configDigest = str(obj["containerimage.config.digest"]);
  const names = str(obj["image.name"]);
  const buildRef = str(obj["buildx.build.ref"]);
  return {
    ...digest ? { digest } : {},
    ...configDigest && DIGEST.test(configDigest) ? { configDigest } : {},
    imageNames: names ? names.split(",").map((s) => s.trim()).filter(Boolean) : [],
    ...buildRef ? { buildRef } : {},
    raw: obj
  };
}
var BuildProgress = class _BuildProgress {
  vertexes = /* @__PURE__ */ new Map();
  logs = /* @__PURE__ */ new Map();
  static MAX_LOG_PER_STEP = 32 * 1024;
  addLine(line) {
    const t = line.trim();
    if (!t.startsWith("{")) return;
    let status;
    try {
      status = JSON.parse(t);
    } catch {
      return;
    }
    if (Array.isArray(status.vertexes)) {
      for (const v of status.vertexes) {
        const digest = str(v?.digest);
        if (!digest) continue;
        const prev = this.vertexes.get(digest) ?? { name: "", cached: false };
        const next = { ...prev };
        const name = str(v.name);
        if (name) next.name = name;
        if (v.cached === true) next.cached = true;
        const started = str(v.started);
        if (started) next.started = started;
        const completed = str(v.completed);
        if (completed) next.completed = completed;
        const error = str(v.error);
        if (error) next.error = error;
        this.vertexes.set(digest, next);
      }
    }
    if (Array.isArray(status.logs)) {
      for (const l of status.logs) {
        const vertex = str(l?.vertex);
        const data = str(l?.data);
        if (!vertex || !data) continue;
        const text = Buffer.from(data, "base64").toString("utf8");
        this.logs.set(vertex, ((this.logs.get(vertex) ?? "") + text).slice(-_BuildProgress.MAX_LOG_PER_STEP));
      }
    }
  }
  steps() {
    return [...this.vertexes.entries()].filter(([, v]) => v.name !== "").map(([digest, v]) => {
      const ms = v.started && v.completed ? Date.parse(v.completed) - Date.parse(v.started) : void 0;
      return {
        digest,
        name: v.name,
        cached: v.cached,
        ...v.started ? { started: v.started } : {},
        ...v.completed ? { completed: v.completed } : {},
        ...ms !== void 0 && Number.isFinite(ms) && ms >= 0 ? { durationMs: ms } : {},
        ...v.error ? { error: v.error } : {},
        ...this.logs.get(digest) ? { log: this.logs.get(digest) } : {}
      };
    }).sort((a, b) => (a.started ?? "").localeCompare(b.started ?? ""));
  }
  /** The failed step (the first with an error that is not just a cancellation) and its last log lines. */
  failure(maxLines = 25) {
    const failed = this.steps().filter((s) => s.error);
    const step = failed.find((s) => !/context canceled/.test(s.error ?? "")) ?? failed[0];
    if (!step) return void 0;
    const log = this.logs.get(step.digest) ?? "";
    return { step, logTail: log.replace(/\s+$/, "").split("\n").slice(-maxLines).join("\n") };
  }
};

// src/tools/exec.ts
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access } from "node:fs/promises";
import path5 from "node:path";
var ToolError = class extends Error {
  constructor(tool, message) {
    super(message);
    this.tool = tool;
    this.name = "ToolError";
  }
  tool;
};
var ToolNotFoundError = class extends ToolError {
  constructor(tool, hint) {
    super(tool, `${tool} was not found on PATH${hint ? `: ${hint}` : ""}`);
    this.name = "ToolNotFoundError";
  }
};
var ToolFailedError = class extends ToolError {
  constructor(tool, args, exitCode, signal, stderrTail) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
    const tail = stderrTail.trim() ? `
--- last lines of stderr ---
${lastLines(stderrTail, 20)}` : "";
    super(tool, `${tool} ${args[0] ?? ""} ${how}${tail}`);
    this.args = args;
    this.exitCode = exitCode;
    this.signal = signal;
    this.stderrTail = stderrTail;
    this.name = "ToolFailedError";
  }
  args;
  exitCode;
  signal;
  stderrTail;
};
var ToolTimeoutError = class extends ToolError {
  constructor(tool, timeoutMs, stderrTail) {
    const tail = stderrTail.trim() ? `
--- last lines of stderr ---
${lastLines(stderrTail, 20)}` : "";
    super(
      tool,
      `${tool} did not finish within ${Math.round(timeoutMs / 1e3)}s and was killed with its child processes${tail}`
    );
    this.name = "ToolTimeoutError";
  }
};
function lastLines(text, n) {
  return text.replace(/\s+$/, "").split("\n").slice(-n).join("\n");
}
var STDERR_TAIL_BYTES = 64 * 1024;
var KILL_GRACE_MS = 3e3;
async function which(tool, env = process.env) {
  const candidates = tool.includes("/") ? [tool] : (env.PATH ?? "").split(path5.delimiter).filter(Boolean).map((dir) => path5.join(dir, tool));
  for (const candidate of candidates) {
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function lineSplitter(onLine) {
  let pending = "";
  return {
    push(chunk) {
      if (!onLine) return;
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    },
    flush() {
      if (onLine && pending) onLine(pending);
      pending = "";
    }
  };
}
async function run(tool, args, opts = {}) {
  const env = opts.env ?? process.env;
  const file = await which(tool, env);
  if (!file) throw new ToolNotFoundError(tool, opts.installHint);
  const started = performance.now();
  const maxStdout = opts.maxStdoutBytes ?? 512 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: opts.cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
      // Own process group, so a timeout can kill the tool and everything it started.
      detached: true
    });
    const stdoutChunks = [];
    let stdoutBytes = 0;
    let stderrTail = "";
    let timedOut = false;
    let overflow = false;
    const outLines = lineSplitter(opts.onStdoutLine);
    const errLines = lineSplitter(opts.onStderrLine);
    const killTree = (signal) => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, signal);
      } catch {
      }
    };
    let killTimer;
    const timer = opts.timeoutMs !== void 0 ? setTimeout(() => {
      timedOut = true;
      killTree("SIGTERM");
      killTimer = setTimeout(() => killTree("SIGKILL"), KILL_GRACE_MS);
    }, opts.timeoutMs) : void 0;
    child.stdout.on("data", (chunk) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        if (!overflow) {
          overflow = true;
          killTree("SIGKILL");
        }
        return;
      }
      stdoutChunks.push(chunk);
      outLines.push(chunk.toString("utf8"));
    });
    child.stderr.on("data", (chunk) => {
      const text = chunk.toString("utf8");
      stderrTail = (stderrTail + text).slice(-STDERR_TAIL_BYTES);
      errLines.push(text);
    });
    child.stdin.on("error", () => {
    });
    if (opts.input !== void 0) child.stdin.end(opts.input);
    else child.stdin.end();
    child.on("error", (err) => {
      if (timer) clearTimeout(timer);
      reject(new ToolError(tool, `${tool} could not be started: ${err.message}`));
    });
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (timedOut || overflow) killTree("SIGKILL");
      if (killTimer) clearTimeout(killTimer);
      outLines.flush();
      errLines.flush();
      const durationMs = Math.round(performance.now() - started);
      if (timedOut) return reject(new ToolTimeoutError(tool, opts.timeoutMs ?? 0, stderrTail));
      if (overflow)
        return reject(
          new ToolError(tool, `${tool} printed more than ${maxStdout} bytes on stdout and was stopped`)
        );
      const exitCode = code ?? -1;
      if (signal || !(opts.okExitCodes ?? [0]).includes(exitCode)) {
        return reject(new ToolFailedError(tool, args, code, signal, stderrTail));
      }
      resolve({
        exitCode,
        stdout: Buffer.concat(stdoutChunks).toString("utf8"),
        stderr: stderrTail,
        durationMs
      });
    });
  });
}
function parseToolJson(tool, what, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const start = text.slice(0, 200).replace(/\s+/g, " ");
    throw new ToolError(
      tool,
      `${tool} printed invalid JSON for ${what} (${e.message}); it began: ${start || "(empty)"}`
    );
  }
}

// src/tools/buildx.ts
var BUILDX_INSTALL_HINT = "install Docker with the buildx plugin (GitHub-hosted runners have it; elsewhere see https://docs.docker.com/build/install-buildx/)";
function outputArg(o, rewriteTimestamp) {
  const rewrite = rewriteTimestamp ? ",rewrite-timestamp=true" : "";
  switch (o.kind) {
    case "push":
      return `type=image,push=true${rewrite}`;
    case "load":
      return `type=docker${rewrite}`;
    case "oci":
      return `type=oci,dest=${o.dest}${rewrite}`;
    case "local":
      return `type=local,dest=${o.dest}`;
    case "cacheonly":
      return "type=cacheonly";
  }
}
function buildxBuildArgs(req) {
  const args = ["buildx", "build", "--progress=rawjson"];
  if (req.builder) args.push("--builder", req.builder);
  args.push("--file", req.dockerfile);
  if (req.target) args.push("--target", req.target);
  if (req.platforms.length > 0) args.push("--platform", req.platforms.join(","));
  for (const tag of req.tags) args.push("--tag", tag);
  for (const [k, v] of Object.entries(req.buildArgs)) args.push("--build-arg", `${k}=${v}`);
  if (req.sourceDateEpoch !== void 0 && !("SOURCE_DATE_EPOCH" in req.buildArgs)) {
    args.push("--build-arg", `SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`);
  }
  for (const [k, v] of Object.entries(req.labels)) args.push("--label", `${k}=${v}`);
  for (const s of req.secrets ?? []) args.push("--secret", s);
  for (const c of req.cacheFrom ?? []) args.push("--cache-from", c);
  for (const c of req.cacheTo ?? []) args.push("--cache-to", c);
  for (const o of req.outputs) args.push("--output", outputArg(o, req.sourceDateEpoch !== void 0));
  if (req.provenance !== void 0) args.push(`--provenance=${req.provenance}`);
  if (req.noCache) args.push("--no-cache");
  args.push("--metadata-file", req.metadataFile);
  if (req.iidFile) args.push("--iidfile", req.iidFile);
  args.push("--", req.contextDir);
  return args;
}
var BuildFailedError = class extends ToolError {
  constructor(message, step, logTail) {
    super("docker buildx", message);
    this.step = step;
    this.logTail = logTail;
    this.name = "BuildFailedError";
  }
  step;
  logTail;
};
var Buildx = class {
  constructor(env = process.env) {
    this.env = env;
  }
  env;
  async version() {
    const { stdout } = await run("docker", ["buildx", "version"], {
      env: this.env,
      timeoutMs: 3e4,
      installHint: BUILDX_INSTALL_HINT
    });
    const m = /\bv?(\d+\.\d+\.\d+[\w.+-]*)/.exec(stdout);
    if (!m)
      throw new ToolError(
        "docker buildx",
        `could not read a version from 'docker buildx version': ${stdout.trim().slice(0, 200)}`
      );
    return m[1];
  }
  /**
   * The digest a registry serves for ref: what `docker pull` resolves. With attestations a pushed tag names
   * an index that holds the image and its attestation manifests, while buildx's metadata reports the image
   * manifest alone.
   */
  async registryDigest(ref, builder) {
    const args = [
      "buildx",
      "imagetools",
      "inspect",
      ...builder ? ["--builder", builder] : [],
      "--format",
      "{{json .Manifest}}",
      ref
    ];
    const { stdout } = await run("docker", args, {
      env: this.env,
      timeoutMs: 12e4,
      installHint: BUILDX_INSTALL_HINT
    });
    const digest = parseToolJson(
      "docker buildx imagetools",
      `the manifest of ${ref}`,
      stdout
    ).digest;
    if (typeof digest !== "string" || !/^sha256:[a-f0-9]{64}$/.test(digest)) {
      throw new ToolError("docker buildx imagetools", `no digest in the manifest of ${ref}`);
    }
    return digest;
  }
  async build(req, onLogLine, timeoutMs) {
    const progress = new BuildProgress();
    const started = performance.now();
    try {
      await run("docker", buildxBuildArgs(req), {
        env: this.env,
        installHint: BUILDX_INSTALL_HINT,
        ...timeoutMs !== void 0 ? { timeoutMs } : {},
        onStderrLine: (line) => {
          progress.addLine(line);
          if (onLogLine && !line.trimStart().startsWith("{")) onLogLine(line);
        }
      });
    } catch (e) {
      const failure = progress.failure();
      if (failure && e instanceof ToolFailedError) {
        throw new BuildFailedError(
          `build failed at step '${failure.step.name}': ${failure.step.error}${failure.logTail ? `
--- last lines of the step's log ---
${failure.logTail}` : ""}`,
          failure.step,
          failure.logTail
        );
      }
      throw e;
    }
    const metadata = parseBuildMetadata(await readFile2(req.metadataFile, "utf8").catch(() => "") || "{}");
    const iid = req.iidFile ? (await readFile2(req.iidFile, "utf8").catch(() => "")).trim() : "";
    return {
      metadata,
      ...iid ? { imageId: iid } : {},
      steps: progress.steps(),
      durationMs: Math.round(performance.now() - started)
    };
  }
};

// src/git/git.ts
async function git(dir, args) {
  try {
    return (await run("git", ["-C", dir, ...args], { timeoutMs: 15e3 })).stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
function publicSourceUrl(remote) {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const u = new URL(remote);
    if (u.protocol !== "https:" && u.protocol !== "http:" && u.protocol !== "ssh:") return void 0;
    return `https://${u.host}${u.pathname.replace(/\.git$/, "")}`;
  } catch {
    return void 0;
  }
}
async function gitFacts(dir, env = process.env) {
  const revision = env.GITHUB_SHA || await git(dir, ["rev-parse", "HEAD"]);
  const time = await git(dir, ["log", "-1", "--format=%ct"]);
  const remote = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : await git(dir, ["config", "--get", "remote.origin.url"]);
  const status = await git(dir, ["status", "--porcelain", "--untracked-files=no"]);
  const sourceUrl = remote ? publicSourceUrl(remote) : void 0;
  const inRepo = await git(dir, ["rev-parse", "--is-inside-work-tree"]) === "true";
  return {
    ...revision ? { revision } : {},
    ...time && /^\d+$/.test(time) ? { commitTime: Number(time) } : {},
    ...sourceUrl ? { sourceUrl } : {},
    ...inRepo ? { dirty: status !== void 0 } : {}
  };
}
function ociLabels(facts, epoch, user) {
  const labels = {};
  if (facts.sourceUrl) labels["org.opencontainers.image.source"] = facts.sourceUrl;
  if (facts.revision) labels["org.opencontainers.image.revision"] = facts.revision;
  if (epoch !== void 0) labels["org.opencontainers.image.created"] = new Date(epoch * 1e3).toISOString();
  return { ...labels, ...user };
}
function resolveSourceDateEpoch(input, facts, env) {
  if (input === "none") return void 0;
  if (input !== "auto") return Number(input);
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return facts.commitTime;
}

// src/stages/build.ts
var NEEDS_IMAGE_CONTENT = ["analyze", "sbom", "scan", "reproduce"];
function plannedOutputs(ctx, workDir) {
  const outputs = [];
  if (ctx.config.push) outputs.push({ kind: "push" });
  if (ctx.config.load) outputs.push({ kind: "load" });
  const contentNeeded = NEEDS_IMAGE_CONTENT.some((s) => !ctx.config.skip.includes(s));
  if (outputs.length === 0 || contentNeeded)
    outputs.push({ kind: "oci", dest: path6.join(workDir, "image.oci.tar") });
  return outputs;
}
async function secretSpecs(ctx, dir) {
  const specs = [];
  const entries = Object.entries(ctx.config.secrets);
  if (entries.length > 0) {
    await mkdir2(dir, { recursive: true, mode: 448 });
    await chmod(dir, 448);
  }
  for (const [index, [id, value]] of entries.entries()) {
    const file = path6.join(dir, `secret-${index}`);
    await writeFile2(file, value, { mode: 384 });
    specs.push(`id=${id},src=${file}`);
  }
  for (const [id, envName] of Object.entries(ctx.config.secretEnvs)) {
    if (process.env[envName] === void 0) {
      ctx.host.log.warning(`secret-envs: ${id} names the environment variable ${envName}, which is not set`);
    }
    specs.push(`id=${id},env=${envName}`);
  }
  return specs;
}
async function buildRequest(ctx, workDir, secretsDir) {
  const { config } = ctx;
  const git2 = await gitFacts(config.contextDir);
  const sourceDateEpoch = resolveSourceDateEpoch(config.sourceDateEpoch, git2, process.env);
  return {
    contextDir: config.contextDir,
    dockerfile: config.dockerfilePath,
    ...config.target ? { target: config.target } : {},
    platforms: config.platforms,
    tags: config.tags,
    outputs: plannedOutputs(ctx, workDir),
    // Job variables a stage declares reach the build; explicit build-args win.
    buildArgs: { ...ctx.facts.snapshot?.snapshot.forwardedBuildArgs, ...config.buildArgs },
    labels: ociLabels(git2, sourceDateEpoch, config.labels),
    ...config.builder ? { builder: config.builder } : {},
    metadataFile: path6.join(workDir, "metadata.json"),
    iidFile: path6.join(workDir, "iid.txt"),
    ...config.provenance ? { provenance: config.provenance } : {},
    secrets: await secretSpecs(ctx, secretsDir),
    cacheFrom: config.cacheFrom,
    cacheTo: config.cacheTo,
    ...sourceDateEpoch !== void 0 ? { sourceDateEpoch } : {},
    git: git2
  };
}
var buildStage = {
  name: "build",
  description: "Build the image with docker buildx (BuildKit): platforms, tags, push/load/OCI output, digest and step timings.",
  skip: (ctx) => ctx.facts.discover ? void 0 : "nothing discovered to build",
  async run(ctx) {
    const { config, host } = ctx;
    const buildx = new Buildx();
    const buildxVersion = await buildx.version();
    const workDir = path6.join(config.reportPath, "build");
    await mkdir2(workDir, { recursive: true });
    const secretsDir = path6.join(host.tempDir, "secrets");
    const req = await buildRequest(ctx, workDir, secretsDir);
    let outcome;
    try {
      outcome = await buildx.build(req, (line) => host.log.info(line));
    } finally {
      await rm(secretsDir, { recursive: true, force: true });
    }
    const oci = req.outputs.find((o) => o.kind === "oci");
    const manifestDigest = outcome.metadata.digest;
    let digest = manifestDigest;
    if (config.push && config.tags[0]) {
      try {
        digest = await buildx.registryDigest(config.tags[0], config.builder || void 0);
      } catch (e) {
        host.log.warning(
          `could not read the pushed digest back from the registry (using buildx's): ${e.message}`
        );
      }
    }
    const imageId = outcome.metadata.configDigest ?? outcome.imageId;
    ctx.facts.build = {
      ...digest ? { digest } : {},
      ...manifestDigest ? { manifestDigest } : {},
      ...imageId ? { imageId } : {},
      tags: config.tags,
      platforms: config.platforms,
      pushed: config.push,
      loaded: config.load,
      ...oci ? { ociArchive: oci.dest } : {},
      metadata: outcome.metadata.raw,
      metadataFile: req.metadataFile,
      steps: outcome.steps,
      durationMs: outcome.durationMs,
      buildxVersion,
      ...req.sourceDateEpoch !== void 0 ? { sourceDateEpoch: req.sourceDateEpoch } : {},
      git: req.git,
      labels: req.labels
    };
    await writeFile2(path6.join(workDir, "steps.json"), `${JSON.stringify(outcome.steps, null, 2)}
`);
    const cached = outcome.steps.filter((s) => s.cached).length;
    host.log.info(
      `built in ${(outcome.durationMs / 1e3).toFixed(1)}s, ${cached}/${outcome.steps.length} steps cached${digest ? `, digest ${digest}` : ""}`
    );
    if (!digest) host.log.warning("buildx reported no image digest (see the metadata file)");
  }
};

// src/stages/cache.ts
import { mkdir as mkdir3, stat as stat3, writeFile as writeFile3 } from "node:fs/promises";
import os from "node:os";
import path10 from "node:path";

// src/cache/mounts.ts
var import_dockerfile_ast2 = __toESM(require_main(), 1);
function substitute(text, vars) {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, braced, op, def, bare) => {
      const name = braced ?? bare;
      const value = vars.get(name);
      if (op === ":-") return value ? value : def;
      if (op === "-") return value !== void 0 ? value : def;
      return value ?? "";
    }
  );
}
function findCacheMounts(dockerfileText, buildArgs) {
  const df = import_dockerfile_ast2.DockerfileParser.parse(dockerfileText);
  const globals = /* @__PURE__ */ new Map();
  for (const arg of df.getInitialARGs()) {
    const prop = arg.getProperty();
    if (!prop) continue;
    const name = prop.getName();
    const value = name in buildArgs ? buildArgs[name] : prop.getValue() ?? void 0;
    if (value !== void 0) globals.set(name, value);
  }
  const aliases = /* @__PURE__ */ new Map();
  const found = /* @__PURE__ */ new Map();
  for (const from of df.getFROMs()) {
    const stage = df.getContainingImage(from.getRange().start);
    if (!stage) continue;
    const image = substitute(from.getImage() ?? "", globals);
    const alias = from.getBuildStage();
    const base = aliases.get(image.toLowerCase()) ?? image;
    if (alias) aliases.set(alias.toLowerCase(), base);
    for (const ins of stage.getInstructions()) {
      if (ins.getKeyword() !== "RUN") continue;
      for (const flag of ins.getFlags()) {
        if (flag.getName() !== "mount") continue;
        const opts = new Map(flag.getOptions().map((o) => [o.getName().toLowerCase(), o.getValue() ?? ""]));
        if (opts.get("type") !== "cache") continue;
        const target = opts.get("target") ?? opts.get("dst") ?? opts.get("destination");
        if (!target || opts.has("from")) continue;
        const id = opts.get("id") || target;
        if (found.has(id)) continue;
        found.set(id, {
          id,
          target,
          ...opts.get("uid") ? { uid: opts.get("uid") } : {},
          ...opts.get("gid") ? { gid: opts.get("gid") } : {},
          ...opts.get("mode") ? { mode: opts.get("mode") } : {},
          stageBase: base,
          line: ins.getRange().start.line + 1
        });
      }
    }
  }
  return [...found.values()].filter((m) => m.stageBase !== "" && m.stageBase.toLowerCase() !== "scratch");
}

// src/cache/dance.ts
function json(s) {
  return JSON.stringify(s);
}
function mountSpec(m, index) {
  const opts = [`type=cache`, `id=${m.id}`, `target=/gcc-cache/${index}`];
  if (m.uid) opts.push(`uid=${m.uid}`);
  if (m.gid) opts.push(`gid=${m.gid}`);
  if (m.mode) opts.push(`mode=${m.mode}`);
  return `--mount=${opts.join(",")}`;
}
function byBase(mounts) {
  const groups = /* @__PURE__ */ new Map();
  mounts.forEach((mount, index) => {
    const g = groups.get(mount.stageBase) ?? [];
    g.push({ mount, index });
    groups.set(mount.stageBase, g);
  });
  return groups;
}
function extractDockerfile(mounts) {
  const lines = [];
  const stages = [];
  [...byBase(mounts).entries()].forEach(([base, group], s) => {
    const name = `gcc-extract-${s}`;
    stages.push(name);
    lines.push(`FROM ${base} AS ${name}`);
    const mountFlags = group.map(({ mount, index }) => mountSpec(mount, index)).join(" ");
    const copies = group.map(({ index }) => `mkdir -p /gcc-out/${index} && cp -a /gcc-cache/${index}/. /gcc-out/${index}/`).join(" && ");
    lines.push(`RUN ${mountFlags} ${copies}`);
  });
  lines.push("FROM scratch");
  for (const name of stages) lines.push(`COPY --from=${name} /gcc-out/ /`);
  return `${lines.join("\n")}
`;
}
function injectDockerfile(mounts, present) {
  const lines = [];
  const stages = [];
  [...byBase(mounts).entries()].forEach(([base, all], s) => {
    const group = all.filter(({ index }) => present.has(index));
    if (group.length === 0) return;
    const name = `gcc-inject-${s}`;
    stages.push(name);
    lines.push(`FROM ${base} AS ${name}`);
    const flags = group.flatMap(({ mount, index }) => [
      mountSpec(mount, index),
      `--mount=type=bind,source=${index},target=/gcc-in/${index}`
    ]);
    const steps = group.map(({ mount, index }) => {
      const copy = `cp -a /gcc-in/${index}/. /gcc-cache/${index}/`;
      const owner = mount.uid || mount.gid ? ` && chown -R ${mount.uid ?? "0"}:${mount.gid ?? "0"} /gcc-cache/${index}` : "";
      return `${copy}${owner}`;
    });
    lines.push(
      `RUN ${flags.join(" ")} ${steps.join(" && ")} && mkdir -p /gcc-done && echo ${json(name)} > /gcc-done/${s}`
    );
  });
  if (stages.length === 0) return "";
  lines.push("FROM scratch");
  for (const name of stages) lines.push(`COPY --from=${name} /gcc-done/ /`);
  return `${lines.join("\n")}
`;
}

// src/cache/fs.ts
import { chmod as chmod2, lstat, readdir as readdir3, rm as rm2 } from "node:fs/promises";
import path7 from "node:path";
async function makeWritable(dir) {
  let st;
  try {
    st = await lstat(dir);
  } catch {
    return;
  }
  if (st.isSymbolicLink()) return;
  await chmod2(dir, st.mode & 4095 | 128).catch(() => void 0);
  if (!st.isDirectory()) return;
  await chmod2(dir, st.mode & 4095 | 448).catch(() => void 0);
  for (const name of await readdir3(dir)) await makeWritable(path7.join(dir, name));
}
async function removeTree(dir) {
  try {
    await rm2(dir, { recursive: true, force: true });
  } catch {
    await makeWritable(dir);
    await rm2(dir, { recursive: true, force: true });
  }
}
async function treeSize(dir) {
  let total = 0;
  let entries;
  try {
    entries = await readdir3(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path7.join(dir, e.name);
    if (e.isDirectory()) total += await treeSize(p);
    else if (e.isFile()) total += (await lstat(p)).size;
  }
  return total;
}

// src/snapshot/key.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function canonicalKeyInputs(inputs) {
  return canonicalJson({
    v: 1,
    goEnv: inputs.goEnv,
    goVersion: inputs.goVersion ?? "",
    platforms: [...new Set(inputs.platforms)].sort(),
    files: inputs.files,
    baseImages: [...new Set(inputs.baseImages)].sort()
  });
}
function cacheKey(inputs) {
  return sha256(canonicalKeyInputs(inputs)).slice(0, 32);
}
function volatileReason(value, env = process.env) {
  for (const name of [
    "GITHUB_RUN_ID",
    "GITHUB_RUN_NUMBER",
    "GITHUB_RUN_ATTEMPT",
    "CI_PIPELINE_ID",
    "CI_JOB_ID",
    "BUILD_NUMBER"
  ]) {
    const v = env[name];
    if (v && v.length >= 3 && value.includes(v)) return `contains the run id ${name}`;
  }
  for (const dir of [env.RUNNER_TEMP, env.TMPDIR, "/tmp/"]) {
    if (dir && dir.length > 1 && value.includes(dir)) return `contains the temporary path ${dir}`;
  }
  if (/\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d/.test(value)) return "contains a timestamp";
  if (/\b1[6-9]\d{8}\b/.test(value)) return "contains what looks like a Unix time";
  return void 0;
}

// src/snapshot/files.ts
import { readFile as readFile3 } from "node:fs/promises";
import path8 from "node:path";
async function inputFileHashes(workspace, discover) {
  const files = { [discover.dockerfile]: sha256(discover.dockerfileText) };
  for (const m of discover.goMods) {
    files[m.file] = sha256(await readFile3(path8.join(workspace, m.file)));
    const sumFile = path8.posix.join(path8.posix.dirname(m.file), "go.sum");
    const sum = await readFile3(path8.join(workspace, sumFile)).catch(() => void 0);
    if (sum) files[sumFile] = sha256(sum);
  }
  return files;
}

// src/cache/sources.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir as readdir4, readFile as readFile4 } from "node:fs/promises";
import path9 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", "testdata"]);
async function findGoSources(dir) {
  const hash = createHash2("sha256");
  async function walk(d) {
    let entries;
    try {
      entries = await readdir4(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const p = path9.join(d, e.name);
      if (e.isDirectory() && !SKIP.has(e.name)) await walk(p);
      else if (e.isFile() && (e.name.endsWith(".go") || e.name === "go.mod" || e.name === "go.sum")) {
        hash.update(path9.relative(dir, p)).update("\0").update(await readFile4(p)).update("\0");
      }
    }
  }
  await walk(dir);
  return hash.digest("hex").slice(0, 16);
}

// src/stages/cache.ts
function goCacheDir(env = process.env) {
  return path10.join(
    env.RUNNER_TEMP || path10.join(os.tmpdir(), `go-container-ci-${process.getuid?.() ?? 0}`),
    "go-container-ci-go-cache"
  );
}
async function goCacheKeys(ctx, mounts) {
  const discover = ctx.facts.discover;
  if (!discover) throw new Error("discover has not run");
  const files = await inputFileHashes(ctx.config.workspace, discover);
  const goArgs = Object.fromEntries(
    Object.entries(ctx.config.buildArgs).filter(([k]) => /^(GO|CGO_|CC$|CXX$)/.test(k))
  );
  const envKey = ctx.facts.snapshot?.key ?? cacheKey({
    goEnv: { "build-args": goArgs },
    ...discover.goVersion ? { goVersion: discover.goVersion } : {},
    platforms: ctx.config.platforms,
    files,
    baseImages: mounts.map((m) => m.stageBase)
  });
  const sources = await findGoSources(ctx.config.contextDir);
  const prefix = `go-container-ci-go-v1-${envKey}-`;
  return { key: `${prefix}${sources}`, restoreKeys: [prefix, "go-container-ci-go-v1-"] };
}
async function danceBuild(ctx, dockerfileText, contextDir, output, name) {
  const work = path10.join(ctx.host.tempDir, name);
  await mkdir3(work, { recursive: true });
  const dockerfile = path10.join(work, "Dockerfile");
  await writeFile3(dockerfile, dockerfileText);
  await new Buildx().build({
    contextDir,
    dockerfile,
    platforms: [],
    tags: [],
    outputs: [output],
    buildArgs: {},
    labels: {},
    ...ctx.config.builder ? { builder: ctx.config.builder } : {},
    metadataFile: path10.join(work, "metadata.json")
  });
}
var cacheRestoreStage = {
  name: "cache-restore",
  description: "Restore the Go build and module caches (RUN --mount=type=cache contents) from the last run into the builder.",
  skip(ctx) {
    if (!ctx.facts.discover) return "nothing discovered";
    if (ctx.config.skip.includes("build")) return "the build is skipped";
    if (findCacheMounts(ctx.facts.discover.dockerfileText, ctx.config.buildArgs).length === 0) {
      return "the Dockerfile has no RUN --mount=type=cache to persist (see GC302)";
    }
    return void 0;
  },
  async run(ctx) {
    const mounts = findCacheMounts(ctx.facts.discover?.dockerfileText ?? "", ctx.config.buildArgs);
    const { key, restoreKeys } = await goCacheKeys(ctx, mounts);
    const dir = goCacheDir();
    await removeTree(dir);
    await mkdir3(dir, { recursive: true });
    const started = performance.now();
    const restoredKey = await ctx.host.cache.restore([dir], key, restoreKeys);
    const facts = { mounts, key, restoreKeys, ...restoredKey ? { restoredKey } : {} };
    ctx.facts.goCache = facts;
    if (!restoredKey) {
      ctx.host.log.info(`no Go cache for ${key} yet: this build starts cold`);
      return;
    }
    const present = /* @__PURE__ */ new Set();
    for (const i of mounts.keys())
      if (await stat3(path10.join(dir, String(i))).catch(() => void 0)) present.add(i);
    const text = injectDockerfile(mounts, present);
    if (text) await danceBuild(ctx, text, dir, { kind: "cacheonly" }, "cache-inject");
    ctx.facts.goCache = {
      ...facts,
      restoreMs: Math.round(performance.now() - started),
      restoredBytes: await treeSize(dir)
    };
    ctx.host.log.info(
      `restored Go caches from ${restoredKey === key ? "the exact key" : `${restoredKey} (prefix match)`}`
    );
    await removeTree(dir);
  }
};
var cacheSaveStage = {
  name: "cache-save",
  description: "Copy the Go caches out of the builder and save them for the next run.",
  skip(ctx) {
    const facts = ctx.facts.goCache;
    if (!facts) return "cache-restore did not run";
    if (ctx.stageStatus("build") !== "ok") return "the build did not succeed";
    if (facts.restoredKey === facts.key) return "the exact key was restored: cache entries are immutable";
    return void 0;
  },
  async run(ctx) {
    const facts = ctx.facts.goCache;
    const dir = goCacheDir();
    await removeTree(dir);
    const started = performance.now();
    await danceBuild(
      ctx,
      extractDockerfile(facts.mounts),
      ctx.host.tempDir,
      { kind: "local", dest: dir },
      "cache-extract"
    );
    await makeWritable(dir);
    await ctx.host.cache.save([dir], facts.key);
    facts.saved = true;
    facts.saveMs = Math.round(performance.now() - started);
    facts.savedBytes = await treeSize(dir);
    ctx.host.log.info(`saved Go caches (${(facts.savedBytes / 1e6).toFixed(1)} MB) as ${facts.key}`);
    await removeTree(dir);
  }
};

// src/stages/snapshot.ts
import { mkdir as mkdir4, readFile as readFile5, writeFile as writeFile4 } from "node:fs/promises";
import os2 from "node:os";
import path11 from "node:path";

// src/snapshot/snapshot.ts
var GO_VARS = [
  "GOOS",
  "GOARCH",
  "GOAMD64",
  "GOARM",
  "GOARM64",
  "GO386",
  "CGO_ENABLED",
  "GOFLAGS",
  "GOEXPERIMENT",
  "GOTOOLCHAIN",
  "GOPROXY",
  "GONOPROXY",
  "GOPRIVATE",
  "GOSUMDB",
  "GONOSUMDB",
  "GOINSECURE",
  "GOWORK",
  "GO111MODULE",
  "CC"
];
var BUILD_SUBCOMMANDS = /* @__PURE__ */ new Set(["build", "install"]);
function stageLabel(s) {
  return s.name ?? `#${s.index}`;
}
function goCalls(stage) {
  const calls = [];
  for (const step of stage.steps) {
    if (step.keyword !== "RUN") continue;
    for (const script of step.scripts) {
      const exported = /* @__PURE__ */ new Map();
      for (const cmd of script.commands) {
        const prog = programName(cmd);
        if (prog === "export" || prog === "" && cmd.assignments.length > 0) {
          const words2 = prog === "export" ? cmd.words.slice(1) : cmd.assignments;
          for (const w of words2) {
            const a = splitAssignment(w);
            if (a) exported.set(a.name, { value: a.value, source: "export" });
          }
          continue;
        }
        const { assignments, words } = unwrapCommand(cmd);
        const first = words[0]?.value ?? "";
        if (first !== "go" && !first.endsWith("/go")) continue;
        const assigned = new Map(exported);
        for (const w of assignments) {
          const a = splitAssignment(w);
          if (a) assigned.set(a.name, { value: a.value, source: "inline" });
        }
        calls.push({ step, sub: words[1]?.value ?? "", assigned });
      }
    }
  }
  return calls;
}
function lineOf(span2) {
  return span2 ? span2.start.line : void 0;
}
function stageSnapshot(model, stage, platform, buildArgs) {
  const calls = goCalls(stage);
  if (calls.length === 0) return void 0;
  const call = calls.find((c) => BUILD_SUBCOMMANDS.has(c.sub)) ?? calls[calls.length - 1];
  const at = call.step.at;
  const lookup = (name) => {
    const local = call.assigned.get(name);
    if (local) return local.value;
    return stage.scope.get(name, at)?.value;
  };
  const vars = {};
  for (const name of GO_VARS) {
    const local = call.assigned.get(name);
    if (local) {
      vars[name] = {
        value: expandVars(local.value, lookup).value,
        source: local.source,
        line: lineOf(call.step.span)
      };
      continue;
    }
    const entry = stage.scope.get(name, at);
    if (!entry) continue;
    const line = lineOf(entry.span);
    const source = entry.kind === "arg" ? name in buildArgs ? "build-arg" : entry.value !== void 0 ? "arg-default" : "arg-unset" : entry.kind === "env" ? "env" : entry.kind === "goenv" ? "go-env-w" : "automatic";
    vars[name] = {
      ...entry.value !== void 0 ? { value: entry.value } : {},
      source,
      ...line ? { line } : {}
    };
  }
  const words = [call.sub].filter(Boolean).join(" ");
  return {
    stage: stageLabel(stage),
    platform,
    fromLine: stage.from.span.start.line,
    goLine: call.step.span.start.line,
    goCommand: `go ${words}`.trim(),
    baseImage: stage.rootImage,
    vars
  };
}
function declaredArgs(stage) {
  const names = /* @__PURE__ */ new Set();
  for (const step of stage.steps) {
    if (step.keyword === "ARG") for (const p of step.pairs) names.add(p.name.value);
  }
  return names;
}
function goVersionFromImage(image) {
  const ref = parseImageReference(image);
  if (!ref?.tag || ref.repository.split("/").pop() !== "golang") return void 0;
  return /^(\d+\.\d+(?:\.\d+)?)/.exec(ref.tag)?.[1];
}
function takeSnapshot(inputs) {
  const platforms = inputs.platforms.length > 0 ? [...inputs.platforms] : [inputs.defaultPlatform];
  const jobEnv = {};
  for (const name of GO_VARS) {
    const v = inputs.jobEnv[name];
    if (v !== void 0 && v !== "") jobEnv[name] = v;
  }
  const first = buildModel(inputs.dockerfileText, {
    ...inputs.target ? { target: inputs.target } : {},
    platforms: [platforms[0]],
    buildArgs: inputs.buildArgs
  });
  const goStages = first.stages.filter((s) => first.used.has(s.index) && goCalls(s).length > 0);
  const declaredInGoStages = new Set(goStages.flatMap((s) => [...declaredArgs(s)]));
  const forwarded = {};
  const unreached = [];
  for (const [name, value] of Object.entries(jobEnv)) {
    if (name in inputs.buildArgs) continue;
    if (declaredInGoStages.has(name)) forwarded[name] = value;
    else unreached.push(name);
  }
  const effectiveArgs = { ...forwarded, ...inputs.buildArgs };
  const declaredAnywhere = /* @__PURE__ */ new Set([
    ...first.globalArgs.keys(),
    ...first.stages.flatMap((s) => [...declaredArgs(s)])
  ]);
  const unusedBuildArgs = Object.keys(inputs.buildArgs).filter(
    (n) => !declaredAnywhere.has(n) && !/^(BUILDKIT_[A-Z_]+|SOURCE_DATE_EPOCH|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|FTP_PROXY|ftp_proxy|ALL_PROXY|all_proxy)$/.test(
      n
    )
  );
  const stages = [];
  for (const platform of platforms) {
    const model = buildModel(inputs.dockerfileText, {
      ...inputs.target ? { target: inputs.target } : {},
      platforms: [platform],
      buildArgs: effectiveArgs
    });
    for (const stage of model.stages) {
      if (!model.used.has(stage.index)) continue;
      const snap = stageSnapshot(model, stage, platform, effectiveArgs);
      if (snap) stages.push(snap);
    }
  }
  const fromImage = stages.map((s) => goVersionFromImage(s.baseImage)).find(Boolean);
  const goVersion = fromImage ?? inputs.goModVersion;
  const baseImages = [...new Set(first.stages.filter((s) => first.used.has(s.index)).map((s) => s.rootImage))].filter((i) => i && i.toLowerCase() !== "scratch").sort();
  return {
    version: 1,
    platforms,
    ...goVersion ? { goVersion, goVersionSource: fromImage ? "base-image" : "go.mod" } : {},
    stages,
    jobEnv,
    forwardedBuildArgs: forwarded,
    unreachedJobEnv: unreached.sort(),
    unusedBuildArgs: unusedBuildArgs.sort(),
    baseImages
  };
}
function diffSnapshots(before, after) {
  const changes = [];
  const key = (s) => `${s.stage}\0${s.platform}`;
  const prev = new Map(before.stages.map((s) => [key(s), s]));
  const next = new Map(after.stages.map((s) => [key(s), s]));
  for (const k of /* @__PURE__ */ new Set([...prev.keys(), ...next.keys()])) {
    const a = prev.get(k);
    const b = next.get(k);
    const [stage, platform] = k.split("\0");
    for (const name of GO_VARS) {
      const va = a?.vars[name]?.value;
      const vb = b?.vars[name]?.value;
      if (va !== vb)
        changes.push({
          stage,
          platform,
          name,
          ...va !== void 0 ? { before: va } : {},
          ...vb !== void 0 ? { after: vb } : {}
        });
    }
  }
  if (before.goVersion !== after.goVersion) {
    changes.push({
      stage: "*",
      platform: "*",
      name: "Go version",
      ...before.goVersion ? { before: before.goVersion } : {},
      ...after.goVersion ? { after: after.goVersion } : {}
    });
  }
  return changes;
}

// src/stages/snapshot.ts
function nativePlatform(arch = process.arch) {
  const map = {
    x64: "amd64",
    arm64: "arm64",
    arm: "arm",
    ia32: "386",
    ppc64: "ppc64le",
    s390x: "s390x",
    riscv64: "riscv64"
  };
  return `linux/${map[arch] ?? arch}`;
}
function snapshotCacheKey(s, files) {
  const goEnv = {};
  for (const st of s.stages) {
    const values = {};
    for (const [k, v] of Object.entries(st.vars)) if (v?.value !== void 0) values[k] = v.value;
    goEnv[`${st.stage}@${st.platform}`] = values;
  }
  return cacheKey({
    goEnv,
    ...s.goVersion ? { goVersion: s.goVersion } : {},
    platforms: s.platforms,
    files,
    baseImages: s.baseImages
  });
}
var RULES2 = {
  GC303: "Job environment never reaches the build",
  GC304: "Build argument declared nowhere",
  GC305: "Volatile value in the Go environment",
  GC308: "Checksum database or proxy bypassed"
};
function finding(code, severity, message, fix, file, line) {
  return {
    code,
    severity,
    title: RULES2[code],
    message,
    fix,
    stage: "snapshot",
    docsUrl: ruleDocsUrl(code),
    file,
    ...line ? { line } : {}
  };
}
function snapshotFindings(s, dockerfile, env) {
  const out = [];
  const goStage = s.stages[0];
  for (const name of s.unreachedJobEnv) {
    out.push(
      finding(
        "GC303",
        "warning",
        `${name}=${s.jobEnv[name]} is set in the job's environment, but no stage that runs go declares ARG ${name}, so the build never sees it`,
        `Add \`ARG ${name}\` to the stage that runs go build${goStage ? ` (${goStage.stage})` : ""}: go-container-ci passes job variables to the ARGs a stage declares. Or remove ${name} from the job's env.`,
        dockerfile,
        goStage?.fromLine
      )
    );
  }
  for (const name of s.unusedBuildArgs) {
    out.push(
      finding(
        "GC304",
        "warning",
        `the build arg ${name} is passed, but no stage declares ARG ${name}: BuildKit ignores it`,
        `Declare \`ARG ${name}\` in the stage that uses it, or stop passing it.`,
        dockerfile
      )
    );
  }
  const seen = /* @__PURE__ */ new Set();
  for (const st of s.stages) {
    for (const [name, v] of Object.entries(st.vars)) {
      if (!v?.value) continue;
      const id = `${name}\0${v.value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const why = volatileReason(v.value, env);
      if (why) {
        out.push(
          finding(
            "GC305",
            "warning",
            `${name} in stage ${st.stage} ${why}: every run builds differently and caches never match`,
            `Derive ${name} from the commit (SOURCE_DATE_EPOCH, the git revision), not from the run.`,
            dockerfile,
            v.line
          )
        );
      }
      if (v.source !== "build-arg") continue;
      const bypass = name === "GOSUMDB" && v.value === "off" || name === "GONOSUMDB" && /(^|,)\*($|,)/.test(v.value) || name === "GOINSECURE" && v.value !== "" || name === "GOFLAGS" && /(^|\s)-insecure\b/.test(v.value) || name === "GOPROXY" && v.value === "direct";
      if (bypass) {
        out.push(
          finding(
            "GC308",
            "warning",
            `${name}=${v.value} reaches the build from a build arg or the job's environment: module checksums or the proxy are bypassed`,
            `Keep the checksum database on; for private modules set GOPRIVATE/GONOSUMDB to their path prefixes only.`,
            dockerfile,
            v.line
          )
        );
      }
    }
  }
  return out;
}
function snapshotCacheDir() {
  return path11.join(
    process.env.RUNNER_TEMP || path11.join(os2.tmpdir(), `go-container-ci-${process.getuid?.() ?? 0}`),
    "go-container-ci-snapshot"
  );
}
function platformSlug(platforms) {
  return [...platforms].sort().join("+").replace(/[^A-Za-z0-9+]/g, "-");
}
async function restorePrevious(ctx, slug) {
  const dir = snapshotCacheDir();
  await removeTree(dir);
  await mkdir4(dir, { recursive: true });
  const hit = await ctx.host.cache.restore([dir], `go-container-ci-snapshot-v1-${slug}-none`, [
    `go-container-ci-snapshot-v1-${slug}-`
  ]);
  if (!hit) return void 0;
  try {
    return JSON.parse(await readFile5(path11.join(dir, "snapshot.json"), "utf8"));
  } catch {
    return void 0;
  }
}
var snapshotStage = {
  name: "snapshot",
  description: "Record the Go environment each stage really sees, derive the cache key, and compare with the last build.",
  skip: (ctx) => ctx.facts.discover ? void 0 : "nothing discovered",
  async run(ctx) {
    const discover = ctx.facts.discover;
    if (!discover) return;
    const snapshot = takeSnapshot({
      dockerfileText: discover.dockerfileText,
      ...ctx.config.target ? { target: ctx.config.target } : {},
      platforms: ctx.config.platforms,
      buildArgs: ctx.config.buildArgs,
      jobEnv: process.env,
      ...discover.goVersion ? { goModVersion: discover.goVersion } : {},
      defaultPlatform: nativePlatform()
    });
    const key = snapshotCacheKey(snapshot, await inputFileHashes(ctx.config.workspace, discover));
    ctx.addFindings(snapshotFindings(snapshot, discover.dockerfile, process.env));
    const slug = platformSlug(snapshot.platforms);
    const previous = await restorePrevious(ctx, slug);
    const changes = previous ? diffSnapshots(previous, snapshot) : [];
    await mkdir4(ctx.config.reportPath, { recursive: true });
    const file = path11.join(ctx.config.reportPath, "go-env-snapshot.json");
    const json2 = `${JSON.stringify({ key, ...snapshot }, null, 2)}
`;
    await writeFile4(file, json2);
    ctx.facts.snapshot = { key, snapshot, ...previous ? { previous } : {}, changes, file };
    const dir = snapshotCacheDir();
    await writeFile4(path11.join(dir, "snapshot.json"), json2);
    await ctx.host.cache.save([dir], `go-container-ci-snapshot-v1-${slug}-${key}`);
    const forwarded = Object.keys(snapshot.forwardedBuildArgs);
    ctx.host.log.info(
      `Go ${snapshot.goVersion ?? "(version unknown)"}; ${snapshot.stages.length} go stage snapshot(s); cache key ${key}` + (forwarded.length ? `; job variables passed as build args: ${forwarded.join(", ")}` : "") + (previous ? `; ${changes.length} change(s) since the last build` : "")
    );
  }
};

// src/stages/index.ts
function defaultStages() {
  return [discoverStage, lintStage, snapshotStage, cacheRestoreStage, buildStage, cacheSaveStage];
}

// src/run.ts
async function runAll(config, host, stages = defaultStages()) {
  for (const secret of secretValues(config)) host.mask(secret);
  const ctx = new Context(config, host);
  await runPipeline(ctx, stages);
  const verdict2 = await report(ctx);
  return { ctx, verdict: verdict2 };
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  severityRank,
  compareFindings,
  ruleDocsUrl,
  findingFingerprint,
  INPUTS,
  ConfigError,
  buildConfig,
  Context,
  runPipeline,
  discoverStage,
  RULES,
  lintStage,
  ToolError,
  run,
  runAll
};
