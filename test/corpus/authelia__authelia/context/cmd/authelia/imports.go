// Import list of package main in cmd/authelia of authelia/authelia (the import blocks of its non-test files; no code kept)
package main

import (
	_ "errors"
	_ "github.com/authelia/authelia/v4/internal/commands"
	_ "os"
)
