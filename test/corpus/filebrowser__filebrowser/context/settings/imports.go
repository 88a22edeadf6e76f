// Import list of package settings in settings of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package settings

import (
	_ "crypto/rand"
	_ "errors"
	_ "fmt"
	_ "github.com/filebrowser/filebrowser/v2/errors"
	_ "github.com/filebrowser/filebrowser/v2/files"
	_ "github.com/filebrowser/filebrowser/v2/rules"
	_ "github.com/filebrowser/filebrowser/v2/users"
	_ "github.com/spf13/afero"
	_ "io/fs"
	_ "log"
	_ "os"
	_ "path"
	_ "regexp"
	_ "strings"
	_ "time"
)
