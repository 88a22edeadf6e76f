// Import list of package geoip in lib/geoip of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package geoip

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/maxmind/geoipupdate/v6/pkg/geoipupdate"
	_ "github.com/oschwald/geoip2-golang"
	_ "net"
	_ "os"
	_ "path/filepath"
	_ "sync"
	_ "time"
)
