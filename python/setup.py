# pip install ./python  (offline: Debian's python3-setuptools; nothing is
# compiled here: models are built at load time by `blochgen build --shared`)
from setuptools import setup

setup(
    name="blochgen",
    version="0.1",
    description="Python interface to blochgen: Bloch equations of open quantum spin models",
    packages=["blochgen"],
    python_requires=">=3.9",
    install_requires=["numpy"],
    extras_require={"sympy": ["sympy"], "qutip": ["qutip"], "pandas": ["pandas"]},
)
