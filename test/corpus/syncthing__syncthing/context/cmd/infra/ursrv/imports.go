// Import list of package main in cmd/infra/ursrv of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/alecthomas/kong"
	_ "github.com/syncthing/syncthing/cmd/infra/ursrv/serve"
	_ "github.com/syncthing/syncthing/lib/build"
	_ "log"
	_ "log/slog"
	_ "os"
)
