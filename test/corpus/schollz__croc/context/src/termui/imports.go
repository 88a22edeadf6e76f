// Import list of package termui in src/termui of schollz/croc (the import blocks of its non-test files; no code kept)
package termui

import (
	_ "github.com/mattn/go-colorable"
	_ "github.com/mattn/go-isatty"
	_ "io"
	_ "os"
	_ "regexp"
	_ "strings"
)
