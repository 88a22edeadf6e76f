// Import list of package internal in internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "fmt"
	_ "strings"
)
