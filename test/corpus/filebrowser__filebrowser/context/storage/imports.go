// Import list of package storage in storage of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package storage

import (
	_ "github.com/filebrowser/filebrowser/v2/auth"
	_ "github.com/filebrowser/filebrowser/v2/settings"
	_ "github.com/filebrowser/filebrowser/v2/share"
	_ "github.com/filebrowser/filebrowser/v2/users"
)
