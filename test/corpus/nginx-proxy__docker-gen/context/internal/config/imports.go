// Import list of package config in internal/config of nginx-proxy/docker-gen (the import blocks of its non-test files; no code kept)
package config

import (
	_ "errors"
	_ "strings"
	_ "time"
)
