// Import list of package main in tools/check-grpc-experimental of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "flag"
	_ "fmt"
	_ "go/ast"
	_ "go/parser"
	_ "go/token"
	_ "go/types"
	_ "golang.org/x/tools/go/packages"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "sync"
)
