// Import list of package fberrors in errors of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package fberrors

import (
	_ "errors"
	_ "fmt"
)
