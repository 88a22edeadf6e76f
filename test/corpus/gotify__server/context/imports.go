// Import list of package main in . of gotify/server (the import blocks of its non-test files; no code kept)
package main

import (
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/gotify/server/v2/config"
	_ "github.com/gotify/server/v2/config/migrate"
	_ "github.com/gotify/server/v2/database"
	_ "github.com/gotify/server/v2/mode"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/gotify/server/v2/router"
	_ "github.com/gotify/server/v2/runner"
	_ "github.com/mattn/go-isatty"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "io"
	_ "os"
	_ "runtime/debug"
	_ "time"
)
