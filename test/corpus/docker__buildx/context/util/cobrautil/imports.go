// Import list of package cobrautil in util/cobrautil of docker/buildx (the import blocks of its non-test files; no code kept)
package cobrautil

import (
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
)
