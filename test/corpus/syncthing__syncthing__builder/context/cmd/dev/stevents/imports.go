// Import list of package main in cmd/dev/stevents of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "flag"
	_ "fmt"
	_ "log"
	_ "net/http"
	_ "os"
	_ "time"
)
