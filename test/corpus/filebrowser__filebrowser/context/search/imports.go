// Import list of package search in search of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package search

import (
	_ "context"
	_ "github.com/filebrowser/filebrowser/v2/rules"
	_ "github.com/spf13/afero"
	_ "mime"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
)
