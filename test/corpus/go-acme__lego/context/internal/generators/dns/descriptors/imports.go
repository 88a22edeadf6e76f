// Import list of package descriptors in internal/generators/dns/descriptors of go-acme/lego (the import blocks of its non-test files; no code kept)
package descriptors

import (
	_ "github.com/BurntSushi/toml"
	_ "os"
	_ "path/filepath"
)
