// Import list of package config in config of mailhog/MailHog (the import blocks of its non-test files; no code kept)
package config

import (
	_ "flag"
	_ "github.com/ian-kent/envconf"
)
