// Import list of package bookmarks in pkg/bookmarks of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package bookmarks

import (
	_ "errors"
	_ "fmt"
	_ "github.com/BurntSushi/toml"
	_ "github.com/sosedoff/pgweb/pkg/command"
	_ "github.com/sosedoff/pgweb/pkg/shared"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
