// Import list of package bolt in storage/bolt of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package bolt

import (
	_ "errors"
	_ "fmt"
	_ "github.com/asdine/storm/v3"
	_ "github.com/asdine/storm/v3/q"
	_ "github.com/filebrowser/filebrowser/v2/auth"
	_ "github.com/filebrowser/filebrowser/v2/errors"
	_ "github.com/filebrowser/filebrowser/v2/settings"
	_ "github.com/filebrowser/filebrowser/v2/share"
	_ "github.com/filebrowser/filebrowser/v2/storage"
	_ "github.com/filebrowser/filebrowser/v2/users"
	_ "go.etcd.io/bbolt"
	_ "reflect"
	_ "regexp"
	_ "strings"
)
