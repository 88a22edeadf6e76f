// Import list of package auth in auth of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/filebrowser/filebrowser/v2/errors"
	_ "github.com/filebrowser/filebrowser/v2/files"
	_ "github.com/filebrowser/filebrowser/v2/settings"
	_ "github.com/filebrowser/filebrowser/v2/users"
	_ "log"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "slices"
	_ "strings"
)
