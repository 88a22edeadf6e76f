// Import list of package main in internal/generators/dns/docs of go-acme/lego (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "bytes"
	_ "embed"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/generators/dns/descriptors"
	_ "go/format"
	_ "html/template"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "text/template"
)
