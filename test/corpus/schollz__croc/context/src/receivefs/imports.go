// Import list of package receivefs in src/receivefs of schollz/croc (the import blocks of its non-test files; no code kept)
package receivefs

import (
	_ "crypto/rand"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "golang.org/x/text/cases"
	_ "golang.org/x/text/unicode/norm"
	_ "io/fs"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "strings"
	_ "time"
	_ "unicode"
	_ "unicode/utf8"
)
