// Import list of package dependencies in internal/dependencies of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package dependencies

import (
	_ "github.com/go-shiori/shiori/internal/config"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/sirupsen/logrus"
)
