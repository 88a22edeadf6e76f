// Import list of package main in src/install of schollz/croc (the import blocks of its non-test files; no code kept)
package main

import (
	_ "errors"
	_ "fmt"
	_ "os"
	_ "regexp"
	_ "strings"
)
