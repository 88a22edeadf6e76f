// Import list of package main in . of thxi/bypass-cors (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "errors"
	_ "flag"
	_ "github.com/rs/cors"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "io"
	_ "net/http"
	_ "net/http/pprof"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "time"
)
