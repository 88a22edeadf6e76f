// Import list of package main in tplprev of containrrr/watchtower (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/containrrr/watchtower/internal/meta"
	_ "github.com/containrrr/watchtower/pkg/notifications/preview"
	_ "github.com/containrrr/watchtower/pkg/notifications/preview/data"
	_ "os"
	_ "syscall/js"
)
