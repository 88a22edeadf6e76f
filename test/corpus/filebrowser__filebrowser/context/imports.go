// Import list of package main in . of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/filebrowser/filebrowser/v2/cmd"
	_ "os"
)
