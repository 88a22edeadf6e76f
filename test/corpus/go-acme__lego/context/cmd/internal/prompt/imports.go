// Import list of package prompt in cmd/internal/prompt of go-acme/lego (the import blocks of its non-test files; no code kept)
package prompt

import (
	_ "bufio"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/log"
	_ "os"
	_ "slices"
	_ "strings"
)
