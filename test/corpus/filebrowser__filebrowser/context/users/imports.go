// Import list of package users in users of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package users

import (
	_ "crypto/rand"
	_ "embed"
	_ "encoding/base64"
	_ "errors"
	_ "github.com/filebrowser/filebrowser/v2/errors"
	_ "github.com/filebrowser/filebrowser/v2/files"
	_ "github.com/filebrowser/filebrowser/v2/rules"
	_ "github.com/spf13/afero"
	_ "golang.org/x/crypto/bcrypt"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "time"
)
