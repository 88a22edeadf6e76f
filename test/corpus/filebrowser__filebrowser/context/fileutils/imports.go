// Import list of package fileutils in fileutils of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package fileutils

import (
	_ "errors"
	_ "github.com/spf13/afero"
	_ "io"
	_ "io/fs"
	_ "os"
	_ "path"
	_ "path/filepath"
)
