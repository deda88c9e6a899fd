// Minimal typings for the parts of mvdan-sh (the GopherJS build of mvdan.cc/sh/v3/syntax) that
// src/dockerfile/shell.ts uses. Field names are the Go struct fields; nil pointers arrive as null,
// slices as arrays, enum operators as numbers (shell.ts learns them by parsing probes).
declare module 'mvdan-sh' {
  export interface Pos {
    Line(): number;
    Col(): number;
    Offset(): number;
  }
  export interface Node {
    Pos(): Pos;
    End(): Pos;
  }
  export interface Lit extends Node {
    Value: string;
  }
  export interface SglQuoted extends Node {
    Dollar: boolean;
    Value: string;
  }
  export interface DblQuoted extends Node {
    Dollar: boolean;
    Parts: Node[];
  }
  export interface Expansion {
    Op: number;
    Word: Word | null;
  }
  export interface ParamExp extends Node {
    Short: boolean;
    Excl: boolean;
    Length: boolean;
    Width: boolean;
    Param: Lit | null;
    Index: Node | null;
    Slice: unknown;
    Repl: unknown;
    Names: number;
    Exp: Expansion | null;
  }
  export interface CmdSubst extends Node {
    Stmts: Stmt[];
  }
  export interface Word extends Node {
    Parts: Node[];
    Lit(): string;
  }
  export interface Assign extends Node {
    Append: boolean;
    Naked: boolean;
    Name: Lit | null;
    Value: Word | null;
    Array: Node | null;
  }
  export interface Redirect extends Node {
    Op: number;
    Word: Word | null;
    Hdoc: Word | null;
  }
  export interface Stmt extends Node {
    Cmd: Node | null;
    Redirs: Redirect[];
    Negated: boolean;
    Background: boolean;
  }
  export interface CallExpr extends Node {
    Assigns: Assign[];
    Args: Word[];
  }
  export interface BinaryCmd extends Node {
    Op: number;
    X: Stmt;
    Y: Stmt;
  }
  export interface IfClause extends Node {
    Cond: Stmt[];
    Then: Stmt[];
    Else: IfClause | null;
  }
  export interface CaseItem extends Node {
    Op: number;
    Patterns: Word[];
    Stmts: Stmt[];
  }
  export interface CaseClause extends Node {
    Word: Word;
    Items: CaseItem[];
  }
  export interface Block extends Node {
    Stmts: Stmt[];
  }
  export interface WordIter extends Node {
    Name: Lit;
    Items: Word[];
  }
  export interface ForClause extends Node {
    Loop: Node;
    Do: Stmt[];
  }
  export interface WhileClause extends Node {
    Until: boolean;
    Cond: Stmt[];
    Do: Stmt[];
  }
  export interface FuncDecl extends Node {
    Name: Lit;
    Body: Stmt;
  }
  export interface DeclClause extends Node {
    Variant: Lit;
    Args: Assign[];
  }
  export interface TestClause extends Node {
    X: Node;
  }
  export interface BinaryTest extends Node {
    Op: number;
    X: Node;
    Y: Node;
  }
  export interface UnaryTest extends Node {
    Op: number;
    X: Node;
  }
  export interface ParenTest extends Node {
    X: Node;
  }
  export interface TimeClause extends Node {
    Stmt: Stmt | null;
  }
  export interface File extends Node {
    Stmts: Stmt[];
  }
  export interface ParserOption {
    readonly __parserOption: unique symbol;
  }
  export interface Parser {
    Parse(src: string, name: string): File;
  }
  export interface Syntax {
    NewParser(...options: ParserOption[]): Parser;
    KeepComments(keep: boolean): ParserOption;
    Variant(lang: number): ParserOption;
    LangBash: number;
    LangPOSIX: number;
    NodeType(node: Node): string;
    Walk(node: Node, fn: (node: Node | null) => boolean): void;
  }
  const sh: { syntax: Syntax };
  export default sh;
}
