// Import list of package config in internal/config of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package config

import (
	_ "fmt"
	_ "os"
)
