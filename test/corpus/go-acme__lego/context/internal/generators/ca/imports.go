// Import list of package main in internal/generators/ca of go-acme/lego (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "embed"
	_ "encoding/json"
	_ "fmt"
	_ "go/format"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "text/template"
	_ "unicode"
)
